/**
 * What the chair reads about their data: one sentence per issue code, a function from the
 * issue's parameters. How grave each code is lives in src/ingest/issue-severity.ts.
 */

/** How grave an issue is: an error keeps a row or sheet out of the figures. */
export type Severity = 'error' | 'warning' | 'info';

/** Severities as the chair reads them, in lists and tables. */
export const severityLabels: Readonly<Record<Severity, string>> = { error: '错误', warning: '提醒', info: '说明' };

type None = Record<string, never>;
type V = { text: string };

/** Which size limit a workbook passed (source_too_large). */
export type SizeExceeded = { kind: 'xml' | 'part' | 'file'; bytes: number; max: number } | { kind: 'cells' | 'parts'; max: number };

/** A message without parameters. */
const fixed = (text: string) => (_p: None) => text;

/** How the sheet itself writes each mark (ingest/ledgers/participation/mark-hint.ts), when it writes any. */
type MarkSpellings = { present?: string; absent?: string; excused?: string };
const markHint = (p: MarkSpellings): string =>
  p.present === undefined && p.absent === undefined && p.excused === undefined
    ? '出席写 √，缺席留空或写 ×，请假写“请假”'
    : `按本表的写法，出席写 ${p.present ?? '√'}，缺席${p.absent === undefined ? '留空' : `写 ${p.absent}`}，请假写“${p.excused ?? '请假'}”`;

/** Where an online sign-in export's activity was looked for (ingest/ledgers/participation/export-activity.ts). */
export type TitleTried = { readonly from: 'sheet' | 'file' | 'title'; readonly text: string };
const TITLE_FROM: Readonly<Record<TitleTried['from'], string>> = { sheet: '工作表名', file: '文件名', title: '标题' };
const titlesTried = (tried: readonly TitleTried[]) =>
  tried.length === 0 ? '工作表名和文件名' : tried.map((t) => `${TITLE_FROM[t.from]}“${t.text}”`).join('、');
/** 2026-03-06 → 3.6, as a chair writes a date beside an activity's name. */
const shortDate = (d: string) => `${Number(d.slice(5, 7))}.${Number(d.slice(8, 10))}`;

/** The tail of a Google Sheets error when a cached snapshot exists but is deliberately not used. */
const unusedCache = (cachedAt: string | null) => (cachedAt ? `（本机有 ${cachedAt} 的缓存，但在问题解决前不会使用）` : '');

export const issueText = {
  // Sources and files
  source_missing: (p: { path: string }) => `找不到“${p.path}”，请检查文件或文件夹路径`,
  source_not_spreadsheet: (p: { path: string }) => `“${p.path}”不是表格文件（.xlsx、.xls、.et、.ods 或 .csv），无法读取`,
  source_xls: (p: { path: string }) => `“${p.path}”是旧版 Excel（.xls）格式的文件，但读不出其中的表格（可能已损坏）；请用 Excel 或 WPS 打开后“另存为” .xlsx 格式再试`,
  source_encrypted: (p: { path: string }) => `“${p.path}”设置了打开密码，无法读取；请另存一份不加密码的副本`,
  source_corrupt: (p: { path: string; reason: string }) => `“${p.path}”已损坏或未保存完整，无法读取（${p.reason}）；如正在编辑，请保存关闭后再试`,
  source_too_large: (p: { path: string; limit: SizeExceeded }) => {
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
    const l = p.limit;
    const count = l.max.toLocaleString('en-US');
    const what =
      'bytes' in l
        ? l.kind === 'xml'
          ? `表格内容解压后 ${mb(l.bytes)}，上限 ${mb(l.max)}`
          : l.kind === 'file'
            ? `文件 ${mb(l.bytes)}，上限 ${mb(l.max)}`
            : `其中一部分解压后 ${mb(l.bytes)}，超过单个部分能读取的 ${mb(l.max)}`
        : l.kind === 'cells'
          ? `单元格超过 ${count} 个`
          : `其中的部分超过 ${count} 个`;
    return `“${p.path}”过大（${what}），为保护内存已停止读取；请删去无关的工作表或拆分文件`;
  },
  file_missing: (p: { path: string }) => `“${p.path}”已不在文件夹中（被删除、移走或改名），暂时仍用它上次读取的数据`,
  source_empty_folder: (p: { path: string }) => `文件夹“${p.path}”中没有 .xlsx 工作簿，也没有 .xls、.et、.ods 或 .csv 表格文件`,
  lock_file_given: (p: { path: string }) => `“${p.path}”是 Office 打开文件时生成的临时锁定文件，不是台账；请指定原文件`,
  lock_file_skipped: (p: { path: string }) => `已跳过 Office 临时锁定文件“${p.path}”（文件正被打开编辑）`,

  // Google Sheets (src/ingest/sheets); `cachedAt` = time of a local snapshot that was not used
  gsheets_bad_id: (p: { id: string }) =>
    `“${p.id}”不是有效的 Google 表格 ID：请从表格网址 https://docs.google.com/spreadsheets/d/<ID>/edit 中复制 /d/ 与 /edit 之间的部分`,
  gsheets_no_credentials: (p: { cachedAt: string | null }) =>
    `没有配置 Google 凭据，无法读取 Google 表格：请把环境变量 UNION_DASH_GOOGLE_KEY 设为服务账号 JSON 密钥文件的路径（或为“知道链接的任何人可查看”的表格设置 UNION_DASH_GOOGLE_API_KEY），详见 docs/google-sheets.md${unusedCache(p.cachedAt)}`,
  gsheets_key_file: (p: { path: string; reason: string; cachedAt: string | null }) =>
    `无法使用服务账号密钥“${p.path}”（${p.reason}）：请确认它是从 Google Cloud 控制台“服务账号 › 密钥 › 添加密钥 › JSON”下载的原文件${unusedCache(p.cachedAt)}`,
  gsheets_key_rejected: (p: { reason: string; cachedAt: string | null }) =>
    `Google 拒绝了服务账号密钥（${p.reason}）：请检查本机日期时间是否准确，以及该密钥是否已在 Google Cloud 控制台被删除；必要时为服务账号新建 JSON 密钥${unusedCache(p.cachedAt)}`,
  gsheets_api_key_invalid: (p: { cachedAt: string | null }) =>
    `API 密钥无效：请核对 UNION_DASH_GOOGLE_API_KEY 是否从 Google Cloud 控制台“API 和服务 › 凭据”完整复制${unusedCache(p.cachedAt)}`,
  gsheets_unauthenticated: (p: { cachedAt: string | null }) =>
    `Google 不接受当前的登录凭据（401）：服务账号或其密钥可能已被删除或停用，请在 Google Cloud 控制台为服务账号新建 JSON 密钥并替换密钥文件${unusedCache(p.cachedAt)}`,
  gsheets_not_shared: (p: { email: string; cachedAt: string | null }) =>
    `服务账号 ${p.email} 无权查看这个表格：请在 Google 表格中点“共享”，把 ${p.email} 添加为“查看者”（学校账号若禁止向校外共享，请联系管理员）${unusedCache(p.cachedAt)}`,
  gsheets_not_public: (p: { cachedAt: string | null }) =>
    `这个表格没有开放链接访问，API 密钥无法读取：请在“共享”中把常规访问权限设为“知道链接的任何人 › 查看者”，或改用服务账号${unusedCache(p.cachedAt)}`,
  gsheets_no_permission: (p: { cachedAt: string | null }) => `当前的 Google 账号无权查看这个表格：请在“共享”中把该账号添加为“查看者”${unusedCache(p.cachedAt)}`,
  gsheets_api_disabled: (p: { project: string; cachedAt: string | null }) =>
    `Google Cloud 项目${p.project ? ` ${p.project} ` : ''}尚未启用 Google Sheets API：请在控制台“API 和服务 › 库”中搜索“Google Sheets API”并点“启用”，几分钟后再试${unusedCache(p.cachedAt)}`,
  gsheets_not_found: (p: { id: string; cachedAt: string | null }) =>
    `找不到 ID 为“${p.id}”的 Google 表格（404）：请核对网址中 /d/ 与 /edit 之间的 ID，并确认表格没有被删除${unusedCache(p.cachedAt)}`,
  gsheets_not_native: (p: { cachedAt: string | null }) =>
    `这个 ID 是上传到云端硬盘的 Excel 文件，不是 Google 表格：请打开它后点“文件 › 保存为 Google 表格”，再使用新表格的 ID${unusedCache(p.cachedAt)}`,
  gsheets_bad_range: (p: { detail: string; cachedAt: string | null }) =>
    `读取 Google 表格时工作表范围无效（${p.detail}）：可能正好有工作表被改名或删除，请稍后再试${unusedCache(p.cachedAt)}`,
  gsheets_quota: fixed('Google 表格读取次数超出配额（每位用户每分钟 60 次），重试后仍失败，本机也没有缓存：请几分钟后再试，并调大刷新间隔'),
  gsheets_unreachable: (p: { reason: string }) => `无法连接 Google 表格服务（${p.reason}），本机也没有该表格的缓存：请检查网络、防火墙或代理（HTTPS_PROXY）设置后再试`,
  gsheets_server_error: (p: { status: number }) => `Google 表格服务暂时出错（HTTP ${p.status}），重试后仍失败，本机也没有缓存：请稍后再试`,
  gsheets_unexpected: (p: { detail: string; cachedAt: string | null }) =>
    `读取 Google 表格时出现意外错误（${p.detail}）：请把这行文字发给技术老师${unusedCache(p.cachedAt)}`,
  gsheets_from_cache: (p: { time: string; reason: string }) => `数据来自 ${p.time} 的缓存（原因：${p.reason}）；连接恢复后会自动更新`,
  gsheets_cache_unwritable: (p: { path: string; reason: string }) => `无法保存 Google 表格的缓存“${p.path}”（${p.reason}）：断网时将没有数据可显示，请检查该文件夹的写入权限`,

  // Sheets and tables
  sheet_hidden: fixed('隐藏的工作表，未读取'),
  sheet_unrecognised: fixed('未识别的工作表：不是已知的工会台账，已忽略'),
  sheet_kind: (p: { kind: string }) => `识别为“${p.kind}”`,
  sheet_ambiguous: (p: { a: string; b: string }) => `无法确定这张表是“${p.a}”还是“${p.b}”，请在 union-dash.config.json 或“设置”表中指定表类型`,
  header_not_found: (p: { kind: string; missing: string }) => `按名称应为“${p.kind}”，但前 15 行中找不到表头（缺少列：${p.missing}），整张表未读取`,
  total_mismatch: (p: { label: string; written: string; computed: string }) => `“${p.label}”行写的是 ${p.written}，按明细计算应为 ${p.computed}，请核对`,
  formula_no_result: fixed('公式没有计算结果（文件可能由程序生成、从未在 Excel 中打开计算），按空白处理；请在 Excel 中打开并保存一次'),
  cell_error_value: (p: V) => `单元格显示错误值“${p.text}”（该行未计入）`,
  duplicate_column: (p: { field: string }) => `有两列都表示“${p.field}”，只使用第一列`,

  // Values
  bad_date: (p: V) => `日期“${p.text}”无法识别（该行未计入）；请写成 2026-03-08 或 2026年3月8日`,
  invalid_date: (p: V) => `日期“${p.text}”不存在（该行未计入）`,
  date_outside_term: (p: V & { term: string }) => `日期“${p.text}”没有写年份，且不在${p.term}之内，无法确定年份（该行未计入）`,
  bad_month: (p: V) => `月份“${p.text}”无法识别（该行未计入）；请写成 2026年3月 或 3月`,
  bad_amount: (p: V) => `金额“${p.text}”不是有效数字（该行未计入）`,
  missing_amount: fixed('有日期和摘要，但收入、支出都没有填写金额（该行未计入）'),
  bad_number: (p: V & { field: string }) => `${p.field}“${p.text}”不是有效数字（该行未计入）`,
  bad_percent: (p: V) => `“${p.text}”不是有效的百分比或目标值（该行未计入）`,
  bad_mark: (p: V & MarkSpellings) => `签到标记“${p.text}”无法识别（该格未计入）；${markHint(p)}`,
  bad_scale: (p: V) => `答案“${p.text}”无法识别（该答案未计入）；请用 非常满意/满意/基本满意/不满意/很不满意 或 1–5`,
  bad_feedback: (p: V) => `反馈意见“${p.text}”无法识别（该行未计入）；请写 满意、基本满意 或 不满意`,
  bad_archive_mark: (p: V) => `归档标记“${p.text}”无法识别（该行未计入）；已归档写 √，缺少留空或写“缺”，不需要写“不适用”`,
  bad_status: (p: V) => `人员状态“${p.text}”无法识别，按“在职”处理`,
  bad_gender: (p: V) => `性别“${p.text}”无法识别`,
  bad_flag: (p: V) => `“${p.text}”应填“是”或“否”，已按空白处理`,
  missing_value: (p: { field: string }) => `缺少${p.field}（该行未计入）`,

  // Names and links between ledgers
  unknown_name: (p: { name: string }) => `“${p.name}”不在教职工名册中，不计入参与率（仍计入人次）`,
  ambiguous_name: (p: { name: string; count: number }) => `名册中有 ${p.count} 位“${p.name}”，本行无法确定是哪一位（该行未计入）；请加一列工号或部门`,
  duplicate_staff: (p: { name: string; other: string }) => `“${p.name}”与 ${p.other} 重复出现在名册中（同名同部门）`,
  unknown_activity_header: (p: V) => `列名“${p.text}”像是活动，但活动台账中找不到同名活动，该列未计入`,
  unknown_activity: (p: { name: string }) => `活动“${p.name}”不在活动台账中，该记录无法计入参与率`,
  ambiguous_activity: (p: { name: string }) => `活动台账中有多项“${p.name}”，请在列名中写上日期（如“${p.name}(3.6)”）以区分，该列未计入`,
  signin_export_no_activity: (p: { tried: readonly TitleTried[] }) =>
    `这份线上签到表找不到对应的活动：${titlesTried(p.tried)}中都没有活动台账里的活动名称，本表的签到未计入参与率；请把文件或工作表改名为活动名称（如“三八健步走签到.xlsx”）`,
  signin_export_ambiguous: (p: { name: string; dates: readonly string[] }) =>
    `活动台账中有 ${p.dates.length} 项“${p.name}”（${p.dates.join('、')}），从提交时间无法判断这份线上签到表是哪一次，本表的签到未计入参与率；请在文件名中写上活动日期（如“${p.name}(${shortDate(p.dates[0] ?? '')})签到.xlsx”）`,
  no_signin: (p: { name: string; date: string }) => `文体活动“${p.name}”（${p.date}）没有任何签到记录，暂不计入参与率`,
  unknown_category: (p: V) => `活动类别“${p.text}”不是规定类别，按“其他”统计`,
  unknown_range: (p: V) => `参加范围“${p.text}”既不是规定范围也不是名册中的部门，按“全体”处理`,
  unbudgeted_category: (p: V) => `支出科目“${p.text}”不在预算表中（仍计入总支出）`,
  office_total_mismatch: (p: { written: string; computed: string }) => `总分写的是 ${p.written}，各分项之和为 ${p.computed}，以所写总分为准，请核对`,
  survey_no_term: fixed('无法判断这些问卷属于哪个学期（没有“学期”列、表名和提交时间），按当前学期处理'),
  unknown_setting: (p: V) => `设置项“${p.text}”未使用`,
  bad_setting: (p: V & { key: string }) => `设置“${p.key}”的值“${p.text}”无法识别，已忽略`,
  bad_config: (p: { path: string; reason: string }) => `配置文件“${p.path}”有误：${p.reason}`,
  unknown_target: (p: V) => `“${p.text}”不是学期工作目标中的指标，该行目标值未使用`,

  // The assessment rubric (考核细则)
  bad_rubric_rule: (p: V) =>
    `计分方式“${p.text}”无法识别，该项留待人工评分（可在“自评分”列填写）；可写成 ≥85%得满分，每低1%扣0.5分、≥90:4;70-89:2;60-69:1;<60:0、每月一次、否决:<60%，或写指标名称（如 资料归档清单）`,
  bad_rubric_type: (p: V) => `类型“${p.text}”无法识别，按“基本”项计分；请写 基本、加分 或 否决`,
  bad_rubric_max: (p: V) => `分值“${p.text}”不是有效数字，该项未计入总分；请填写数字（如 5）`,
  bad_self_score: (p: V) => `自评分“${p.text}”不是有效数字，按未填写处理`,
  self_score_over_max: (p: { text: string; max: string }) => `自评分 ${p.text} 超过该项分值 ${p.max}，按 ${p.max} 分计`,
  rubric_unknown_source: (p: V) =>
    `“${p.text}”不是学期工作目标中的指标，也不是能计分的台账，该项留待人工评分；请写指标名称（如 文体活动参与率）或台账名称（如 资料归档清单）`,

  // Added with the other formats, the hardened xlsx reader and the as-of rules
  template_example_row: fixed('这是空白模板中的示例行（灰色斜体），没有计入统计；请删除各表的示例行，填入本校的数据'),
  bad_term_text: (p: V) => `学期“${p.text}”无法识别，按本表所属学期处理；请写成 2025-2026学年第二学期，或“本学期”“上学期”`,
  proposal_no_term: (p: { term: string }) => `提案没有提交日期或答复日期，也没有“学期”列，“设置”表中也没有写学期，暂按${p.term}统计；请在“设置”表中填写学期，或加一列提交日期`,
  source_disguised: (p: { path: string; actual: 'html' | 'spreadsheetml' }) =>
      `“${p.path}”实际是${p.actual === 'html' ? '网页文件（HTML）' : 'Excel 2003 XML 文件'}，只是改成了表格的扩展名，无法读取；请用 Excel 或 WPS 打开后“另存为” .xlsx 格式再试`,
  source_biff5: (p: { path: string }) => `“${p.path}”是 Excel 95 或更早版本的格式，其中的中文无法可靠读取；请用 Excel 或 WPS 打开后“另存为” .xlsx 格式再试`,
  file_skipped: (p: { path: string }) => `已跳过“${p.path}”：不是表格文件（只读取 .xlsx、.xls、.et、.ods、.csv）`,
  folder_skipped: (p: { path: string }) => `已跳过子文件夹“${p.path}”：不读取子文件夹中的文件`,
  source_not_workbook: (p: { path: string }) => `“${p.path}”是一个压缩包，里面没有 Excel 工作簿的内容（可能是改了扩展名的其他文件），无法读取；请确认选对了文件`,
  source_ods: (p: { path: string }) => `“${p.path}”其实是 OpenDocument 表格（WPS 或 LibreOffice 的 .ods 文件），只是扩展名写成了 .xlsx；请用 WPS 或 LibreOffice 打开后“另存为” Excel 工作簿（.xlsx）再试`,
  source_no_sheets: (p: { path: string }) => `“${p.path}”中找不到任何可读取的工作表，文件可能已损坏或未保存完整；请用 Excel 或 WPS 打开确认后另存一份再试`,
  source_damaged: (p: { path: string; damage: 'directory' | 'entry' | 'inflate' | 'size' | 'crc' | 'overflow' }) =>
      `“${p.path}”${p.damage === 'directory' || p.damage === 'entry' ? '已损坏或未保存完整' : '已损坏'}，无法读取（${
        {
          directory: '压缩包的目录残缺',
          entry: '压缩包中有一部分数据缺失',
          inflate: '压缩包中有一部分数据无法解压',
          size: '有一部分数据解压后的大小与文件记录的不符',
          crc: '有一部分数据校验不符，内容已被改动或损坏',
          overflow: '有一部分数据解压后远大于文件记录的大小，为保护内存已停止读取',
        }[p.damage]
      }）；${p.damage === 'directory' || p.damage === 'entry' ? '如正在编辑，请保存关闭后再试；否则' : ''}请用 Excel 或 WPS 打开，能打开就另存一份再试，打不开请找回原文件或备份`,
  source_zip_method: (p: { path: string }) => `“${p.path}”使用了 Excel 不用的压缩方式，不是 Excel 或 WPS 保存的工作簿，无法读取；请用保存它的软件另存为标准的 .xlsx 再试`,
  source_text_encoding: (p: { path: string; encoding: string }) => `“${p.path}”使用了无法识别的文字编码“${p.encoding}”，无法读取；请用 Excel 或 WPS 打开后另存一份再试`,
  source_xml_invalid: (p: {
    path: string;
    part: 'sheet' | 'strings' | 'styles' | 'workbook' | 'rels';
    problem: 'truncated' | 'tag' | 'mismatch' | 'markup' | 'entity' | 'ampersand' | 'char' | 'cell_outside_row' | 'inline_text' | 'merge_ref';
    detail?: string;
  }) =>
      `“${p.path}”的${{ sheet: '工作表', strings: '文字表', styles: '格式表', workbook: '工作表目录', rels: '内部目录' }[p.part]}${
        {
          truncated: '内容在中途中断',
          tag: '中有残缺的标记',
          mismatch: '中有不成对的标记',
          markup: '中有文字夹着其他标记',
          entity: `中用到了无法识别的实体“${p.detail ?? ''}”（为安全起见不予展开）`,
          ampersand: '中有未转义的“&”',
          char: `中有无效的字符引用“${p.detail ?? ''}”`,
          cell_outside_row: '中有不属于任何一行的单元格',
          inline_text: '中有类型与内容不符的单元格',
          merge_ref: '中有没写范围的合并单元格',
        }[p.problem]
      }，文件可能已损坏或不是 Excel 保存的，无法读取；请用 Excel 或 WPS 打开后另存一份再试`,
  source_cell_out_of_range: (p: { path: string; ref: string; kind: 'cell' | 'row' }) =>
      `“${p.path}”中有超出 Excel 范围的${p.kind === 'row' ? '行号' : '单元格地址'}“${p.ref}”（Excel 最多 1048576 行、16384 列，到 XFD1048576 为止），这个文件不是 Excel 保存的或已损坏，无法读取；请用 Excel 或 WPS 打开后另存一份再试`,
  source_bad_cell_ref: (p: { path: string; ref: string }) => `“${p.path}”中有写法不对的单元格地址“${p.ref}”，这个文件不是 Excel 保存的或已损坏，无法读取；请用 Excel 或 WPS 打开后另存一份再试`,
  source_bad_shared_string: (p: { path: string; index: string; count: number }) => `“${p.path}”中这个单元格引用的文字（编号“${p.index}”）不存在（文件中只有 ${p.count} 条文字），文件已损坏，无法读取；请用 Excel 或 WPS 打开后另存一份再试`,
  source_merges_overlap: (p: { path: string; a: string; b: string }) => `“${p.path}”中合并单元格 ${p.a} 与 ${p.b} 互相重叠，Excel 会认为文件已损坏，无法读取；请用 Excel 或 WPS 打开并按提示修复后另存一份再试`,
  source_sheet_name: (p: { path: string; name: string; problem: 'empty' | 'duplicate' }) =>
      `“${p.path}”中${p.problem === 'empty' ? '有一张工作表没有名称' : `有两张工作表都叫“${p.name}”（Excel 不允许重名，不分大小写）`}，这个文件不是 Excel 保存的或已损坏，无法读取；请用 Excel 或 WPS 打开后另存一份再试`,
  source_sheet_missing: (p: { path: string; sheet: string }) => `“${p.path}”的工作表“${p.sheet}”在文件中找不到内容，文件已损坏或未保存完整，无法读取；请用 Excel 或 WPS 打开确认后另存一份再试`,
  source_unreadable_content: (p: { path: string }) => `“${p.path}”的内部结构不符合 Excel 格式（可能不是 Excel 或 WPS 保存的），无法读取；请用 Excel 或 WPS 打开后另存一份再试`,
} as const;

export type IssueCode = keyof typeof issueText;
export type IssueParams<C extends IssueCode> = Parameters<(typeof issueText)[C]>[0];

/** Words that fill an issue's parameters when the ledger gives none. */
export const issueWords = {
  /** Reasons in `source_corrupt`. */
  notXlsxContent: '文件内容不是 xlsx 格式',
  brokenStructure: '文件内部结构不完整',
  /** Column names in `missing_value` / `bad_number` that are not a field's own name. */
  activityDate: '活动日期',
  budgetAmount: '预算金额',
  officeScore: '考评得分',
  /** A value parsed without a named column. */
  value: '数值',
  /** A blank cell quoted in a message. */
  blank: '（空白）',
  /** The term of a year-less date when the term is unknown. */
  thisTerm: '本学期',
  /** A 合计 row without a label of its own. */
  totalRow: '合计',
  runningRow: '累计',
  /** Joins a list inside a message (missing columns). */
  list: (items: readonly string[]) => items.join('、'),
} as const;
