/**
 * Every Chinese sentence the chair reads about their data, in one place.
 * An entry is the issue's severity and a function from its parameters to the message.
 */

export type Severity = 'error' | 'warning' | 'info';

interface Entry<P> {
  readonly severity: Severity;
  readonly text: (p: P) => string;
}

const entry = <P = Record<string, never>>(severity: Severity, text: (p: P) => string): Entry<P> => ({
  severity,
  text,
});

type V = { text: string };

/** Which size limit a workbook passed (source_too_large). */
export type SizeExceeded = { kind: 'xml' | 'part' | 'file'; bytes: number; max: number } | { kind: 'cells' | 'parts'; max: number };

/** The tail of a Google Sheets error when a cached snapshot exists but is deliberately not used. */
const unusedCache = (cachedAt: string | null) => (cachedAt ? `（本机有 ${cachedAt} 的缓存，但在问题解决前不会使用）` : '');

export const issueCatalogue = {
  // Sources and files
  source_missing: entry<{ path: string }>('error', (p) => `找不到“${p.path}”，请检查文件或文件夹路径`),
  source_not_spreadsheet: entry<{ path: string }>('error', (p) => `“${p.path}”不是表格文件（.xlsx、.xls、.et、.ods 或 .csv），无法读取`),
  source_xls: entry<{ path: string }>(
    'error',
    (p) => `“${p.path}”是旧版 Excel（.xls）格式的文件，但读不出其中的表格（可能已损坏）；请用 Excel 或 WPS 打开后“另存为” .xlsx 格式再试`,
  ),
  source_encrypted: entry<{ path: string }>(
    'error',
    (p) => `“${p.path}”设置了打开密码，无法读取；请另存一份不加密码的副本`,
  ),
  source_corrupt: entry<{ path: string; reason: string }>(
    'error',
    (p) => `“${p.path}”已损坏或未保存完整，无法读取（${p.reason}）；如正在编辑，请保存关闭后再试`,
  ),
  source_too_large: entry<{ path: string; limit: SizeExceeded }>('error', (p) => {
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
  }),
  source_empty_folder: entry<{ path: string }>('warning', (p) => `文件夹“${p.path}”中没有 .xlsx 工作簿，也没有 .xls、.et、.ods 或 .csv 表格文件`),
  lock_file_given: entry<{ path: string }>('error', (p) => `“${p.path}”是 Office 打开文件时生成的临时锁定文件，不是台账；请指定原文件`),
  lock_file_skipped: entry<{ path: string }>('info', (p) => `已跳过 Office 临时锁定文件“${p.path}”（文件正被打开编辑）`),

  // Google Sheets (src/ingest/sheets); `cachedAt` = time of a local snapshot that was not used
  gsheets_bad_id: entry<{ id: string }>(
    'error',
    (p) => `“${p.id}”不是有效的 Google 表格 ID：请从表格网址 https://docs.google.com/spreadsheets/d/<ID>/edit 中复制 /d/ 与 /edit 之间的部分`,
  ),
  gsheets_no_credentials: entry<{ cachedAt: string | null }>(
    'error',
    (p) => `没有配置 Google 凭据，无法读取 Google 表格：请把环境变量 UNION_DASH_GOOGLE_KEY 设为服务账号 JSON 密钥文件的路径（或为“知道链接的任何人可查看”的表格设置 UNION_DASH_GOOGLE_API_KEY），详见 docs/google-sheets.md${unusedCache(p.cachedAt)}`,
  ),
  gsheets_key_file: entry<{ path: string; reason: string; cachedAt: string | null }>(
    'error',
    (p) => `无法使用服务账号密钥“${p.path}”（${p.reason}）：请确认它是从 Google Cloud 控制台“服务账号 › 密钥 › 添加密钥 › JSON”下载的原文件${unusedCache(p.cachedAt)}`,
  ),
  gsheets_key_rejected: entry<{ reason: string; cachedAt: string | null }>(
    'error',
    (p) => `Google 拒绝了服务账号密钥（${p.reason}）：请检查本机日期时间是否准确，以及该密钥是否已在 Google Cloud 控制台被删除；必要时为服务账号新建 JSON 密钥${unusedCache(p.cachedAt)}`,
  ),
  gsheets_api_key_invalid: entry<{ cachedAt: string | null }>(
    'error',
    (p) => `API 密钥无效：请核对 UNION_DASH_GOOGLE_API_KEY 是否从 Google Cloud 控制台“API 和服务 › 凭据”完整复制${unusedCache(p.cachedAt)}`,
  ),
  gsheets_unauthenticated: entry<{ cachedAt: string | null }>(
    'error',
    (p) => `Google 不接受当前的登录凭据（401）：服务账号或其密钥可能已被删除或停用，请在 Google Cloud 控制台为服务账号新建 JSON 密钥并替换密钥文件${unusedCache(p.cachedAt)}`,
  ),
  gsheets_not_shared: entry<{ email: string; cachedAt: string | null }>(
    'error',
    (p) => `服务账号 ${p.email} 无权查看这个表格：请在 Google 表格中点“共享”，把 ${p.email} 添加为“查看者”（学校账号若禁止向校外共享，请联系管理员）${unusedCache(p.cachedAt)}`,
  ),
  gsheets_not_public: entry<{ cachedAt: string | null }>(
    'error',
    (p) => `这个表格没有开放链接访问，API 密钥无法读取：请在“共享”中把常规访问权限设为“知道链接的任何人 › 查看者”，或改用服务账号${unusedCache(p.cachedAt)}`,
  ),
  gsheets_no_permission: entry<{ cachedAt: string | null }>(
    'error',
    (p) => `当前的 Google 账号无权查看这个表格：请在“共享”中把该账号添加为“查看者”${unusedCache(p.cachedAt)}`,
  ),
  gsheets_api_disabled: entry<{ project: string; cachedAt: string | null }>(
    'error',
    (p) => `Google Cloud 项目${p.project ? ` ${p.project} ` : ''}尚未启用 Google Sheets API：请在控制台“API 和服务 › 库”中搜索“Google Sheets API”并点“启用”，几分钟后再试${unusedCache(p.cachedAt)}`,
  ),
  gsheets_not_found: entry<{ id: string; cachedAt: string | null }>(
    'error',
    (p) => `找不到 ID 为“${p.id}”的 Google 表格（404）：请核对网址中 /d/ 与 /edit 之间的 ID，并确认表格没有被删除${unusedCache(p.cachedAt)}`,
  ),
  gsheets_not_native: entry<{ cachedAt: string | null }>(
    'error',
    (p) => `这个 ID 是上传到云端硬盘的 Excel 文件，不是 Google 表格：请打开它后点“文件 › 保存为 Google 表格”，再使用新表格的 ID${unusedCache(p.cachedAt)}`,
  ),
  gsheets_bad_range: entry<{ detail: string; cachedAt: string | null }>(
    'error',
    (p) => `读取 Google 表格时工作表范围无效（${p.detail}）：可能正好有工作表被改名或删除，请稍后再试${unusedCache(p.cachedAt)}`,
  ),
  gsheets_quota: entry(
    'error',
    () => 'Google 表格读取次数超出配额（每位用户每分钟 60 次），重试后仍失败，本机也没有缓存：请几分钟后再试，并调大刷新间隔',
  ),
  gsheets_unreachable: entry<{ reason: string }>(
    'error',
    (p) => `无法连接 Google 表格服务（${p.reason}），本机也没有该表格的缓存：请检查网络、防火墙或代理（HTTPS_PROXY）设置后再试`,
  ),
  gsheets_server_error: entry<{ status: number }>(
    'error',
    (p) => `Google 表格服务暂时出错（HTTP ${p.status}），重试后仍失败，本机也没有缓存：请稍后再试`,
  ),
  gsheets_unexpected: entry<{ detail: string; cachedAt: string | null }>(
    'error',
    (p) => `读取 Google 表格时出现意外错误（${p.detail}）：请把这行文字发给技术老师${unusedCache(p.cachedAt)}`,
  ),
  gsheets_from_cache: entry<{ time: string; reason: string }>(
    'warning',
    (p) => `数据来自 ${p.time} 的缓存（原因：${p.reason}）；连接恢复后会自动更新`,
  ),
  gsheets_cache_unwritable: entry<{ path: string; reason: string }>(
    'warning',
    (p) => `无法保存 Google 表格的缓存“${p.path}”（${p.reason}）：断网时将没有数据可显示，请检查该文件夹的写入权限`,
  ),

  // Sheets and tables
  sheet_hidden: entry('info', () => '隐藏的工作表，未读取'),
  sheet_unrecognised: entry('info', () => '未识别的工作表：不是已知的工会台账，已忽略'),
  sheet_kind: entry<{ kind: string }>('info', (p) => `识别为“${p.kind}”`),
  sheet_ambiguous: entry<{ a: string; b: string }>(
    'error',
    (p) => `无法确定这张表是“${p.a}”还是“${p.b}”，请在 union-dash.config.json 或“设置”表中指定表类型`,
  ),
  header_not_found: entry<{ kind: string; missing: string }>(
    'error',
    (p) => `按名称应为“${p.kind}”，但前 15 行中找不到表头（缺少列：${p.missing}），整张表未读取`,
  ),
  total_mismatch: entry<{ label: string; written: string; computed: string }>(
    'warning',
    (p) => `“${p.label}”行写的是 ${p.written}，按明细计算应为 ${p.computed}，请核对`,
  ),
  formula_no_result: entry(
    'warning',
    () => '公式没有计算结果（文件可能由程序生成、从未在 Excel 中打开计算），按空白处理；请在 Excel 中打开并保存一次',
  ),
  cell_error_value: entry<V>('error', (p) => `单元格显示错误值“${p.text}”（该行未计入）`),
  duplicate_column: entry<{ field: string }>('warning', (p) => `有两列都表示“${p.field}”，只使用第一列`),

  // Values
  bad_date: entry<V>('error', (p) => `日期“${p.text}”无法识别（该行未计入）；请写成 2026-03-08 或 2026年3月8日`),
  invalid_date: entry<V>('error', (p) => `日期“${p.text}”不存在（该行未计入）`),
  date_outside_term: entry<V & { term: string }>(
    'error',
    (p) => `日期“${p.text}”没有写年份，且不在${p.term}之内，无法确定年份（该行未计入）`,
  ),
  bad_month: entry<V>('error', (p) => `月份“${p.text}”无法识别（该行未计入）；请写成 2026年3月 或 3月`),
  bad_amount: entry<V>('error', (p) => `金额“${p.text}”不是有效数字（该行未计入）`),
  missing_amount: entry('error', () => '有日期和摘要，但收入、支出都没有填写金额（该行未计入）'),
  bad_number: entry<V & { field: string }>('error', (p) => `${p.field}“${p.text}”不是有效数字（该行未计入）`),
  bad_percent: entry<V>('error', (p) => `“${p.text}”不是有效的百分比或目标值（该行未计入）`),
  bad_mark: entry<V>(
    'error',
    (p) => `签到标记“${p.text}”无法识别（该格未计入）；出席写 √，缺席留空或写 ×，请假写“请假”`,
  ),
  bad_scale: entry<V>(
    'error',
    (p) => `答案“${p.text}”无法识别（该答案未计入）；请用 非常满意/满意/基本满意/不满意/很不满意 或 1–5`,
  ),
  bad_feedback: entry<V>('error', (p) => `反馈意见“${p.text}”无法识别（该行未计入）；请写 满意、基本满意 或 不满意`),
  bad_archive_mark: entry<V>(
    'error',
    (p) => `归档标记“${p.text}”无法识别（该行未计入）；已归档写 √，缺少留空或写“缺”，不需要写“不适用”`,
  ),
  bad_status: entry<V>('warning', (p) => `人员状态“${p.text}”无法识别，按“在职”处理`),
  bad_gender: entry<V>('warning', (p) => `性别“${p.text}”无法识别`),
  bad_flag: entry<V>('warning', (p) => `“${p.text}”应填“是”或“否”，已按空白处理`),
  missing_value: entry<{ field: string }>('error', (p) => `缺少${p.field}（该行未计入）`),

  // Names and links between ledgers
  unknown_name: entry<{ name: string }>(
    'warning',
    (p) => `“${p.name}”不在教职工名册中，不计入参与率（仍计入人次）`,
  ),
  ambiguous_name: entry<{ name: string; count: number }>(
    'error',
    (p) => `名册中有 ${p.count} 位“${p.name}”，本行无法确定是哪一位（该行未计入）；请加一列工号或部门`,
  ),
  duplicate_staff: entry<{ name: string; other: string }>(
    'warning',
    (p) => `“${p.name}”与 ${p.other} 重复出现在名册中（同名同部门）`,
  ),
  unknown_activity_header: entry<V>(
    'warning',
    (p) => `列名“${p.text}”像是活动，但活动台账中找不到同名活动，该列未计入`,
  ),
  unknown_activity: entry<{ name: string }>(
    'warning',
    (p) => `活动“${p.name}”不在活动台账中，该记录无法计入参与率`,
  ),
  ambiguous_activity: entry<{ name: string }>(
    'warning',
    (p) => `活动台账中有多项“${p.name}”，请在列名中写上日期（如“${p.name}(3.6)”）以区分，该列未计入`,
  ),
  no_signin: entry<{ name: string; date: string }>(
    'warning',
    (p) => `文体活动“${p.name}”（${p.date}）没有任何签到记录，暂不计入参与率`,
  ),
  unknown_category: entry<V>('warning', (p) => `活动类别“${p.text}”不是规定类别，按“其他”统计`),
  unknown_range: entry<V>('warning', (p) => `参加范围“${p.text}”既不是规定范围也不是名册中的部门，按“全体”处理`),
  unbudgeted_category: entry<V>('warning', (p) => `支出科目“${p.text}”不在预算表中（仍计入总支出）`),
  office_total_mismatch: entry<{ written: string; computed: string }>(
    'warning',
    (p) => `总分写的是 ${p.written}，各分项之和为 ${p.computed}，以所写总分为准，请核对`,
  ),
  survey_no_term: entry(
    'warning',
    () => '无法判断这些问卷属于哪个学期（没有“学期”列、表名和提交时间），按当前学期处理',
  ),
  unknown_setting: entry<V>('info', (p) => `设置项“${p.text}”未使用`),
  bad_setting: entry<V & { key: string }>('error', (p) => `设置“${p.key}”的值“${p.text}”无法识别，已忽略`),
  bad_config: entry<{ path: string; reason: string }>('error', (p) => `配置文件“${p.path}”有误：${p.reason}`),
  unknown_target: entry<V>('warning', (p) => `“${p.text}”不是学期工作目标中的指标，该行目标值未使用`),

  template_example_row: entry(
    'warning',
    () => '这是空白模板中的示例行（灰色斜体），没有计入统计；请删除各表的示例行，填入本校的数据',
  ),

  // Terms of rows (as-of and terms)
  bad_term_text: entry<V>('warning', (p) => `学期“${p.text}”无法识别，按本表所属学期处理；请写成 2025-2026学年第二学期，或“本学期”“上学期”`),
  proposal_no_term: entry<{ term: string }>(
    'warning',
    (p) => `提案没有提交日期或答复日期，也没有“学期”列，“设置”表中也没有写学期，暂按${p.term}统计；请在“设置”表中填写学期，或加一列提交日期`,
  ),

  // Other spreadsheet formats (legacy adapter)
  source_disguised: entry<{ path: string; actual: 'html' | 'spreadsheetml' }>(
    'error',
    (p) =>
      `“${p.path}”实际是${p.actual === 'html' ? '网页文件（HTML）' : 'Excel 2003 XML 文件'}，只是改成了表格的扩展名，无法读取；请用 Excel 或 WPS 打开后“另存为” .xlsx 格式再试`,
  ),
  source_biff5: entry<{ path: string }>(
    'error',
    (p) => `“${p.path}”是 Excel 95 或更早版本的格式，其中的中文无法可靠读取；请用 Excel 或 WPS 打开后“另存为” .xlsx 格式再试`,
  ),
  file_skipped: entry<{ path: string }>('info', (p) => `已跳过“${p.path}”：不是表格文件（只读取 .xlsx、.xls、.et、.ods、.csv）`),
  folder_skipped: entry<{ path: string }>('info', (p) => `已跳过子文件夹“${p.path}”：不读取子文件夹中的文件`),

  // Workbook damage and limits (excel adapter)
  source_not_workbook: entry<{ path: string }>(
    'error',
    (p) => `“${p.path}”是一个压缩包，里面没有 Excel 工作簿的内容（可能是改了扩展名的其他文件），无法读取；请确认选对了文件`,
  ),
  source_ods: entry<{ path: string }>(
    'error',
    (p) => `“${p.path}”其实是 OpenDocument 表格（WPS 或 LibreOffice 的 .ods 文件），只是扩展名写成了 .xlsx；请用 WPS 或 LibreOffice 打开后“另存为” Excel 工作簿（.xlsx）再试`,
  ),
  source_no_sheets: entry<{ path: string }>(
    'error',
    (p) => `“${p.path}”中找不到任何可读取的工作表，文件可能已损坏或未保存完整；请用 Excel 或 WPS 打开确认后另存一份再试`,
  ),
  // a zip whose directory or data is cut short may be a file still being saved
  source_damaged: entry<{ path: string; damage: 'directory' | 'entry' | 'inflate' | 'size' | 'crc' | 'overflow' }>(
    'error',
    (p) =>
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
  ),
  source_zip_method: entry<{ path: string }>(
    'error',
    (p) => `“${p.path}”使用了 Excel 不用的压缩方式，不是 Excel 或 WPS 保存的工作簿，无法读取；请用保存它的软件另存为标准的 .xlsx 再试`,
  ),
  source_text_encoding: entry<{ path: string; encoding: string }>(
    'error',
    (p) => `“${p.path}”使用了无法识别的文字编码“${p.encoding}”，无法读取；请用 Excel 或 WPS 打开后另存一份再试`,
  ),
  source_xml_invalid: entry<{
    path: string;
    part: 'sheet' | 'strings' | 'styles' | 'workbook' | 'rels';
    problem: 'truncated' | 'tag' | 'mismatch' | 'markup' | 'entity' | 'ampersand' | 'char' | 'cell_outside_row' | 'inline_text' | 'merge_ref';
    detail?: string;
  }>(
    'error',
    (p) =>
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
  ),
  source_cell_out_of_range: entry<{ path: string; ref: string; kind: 'cell' | 'row' }>(
    'error',
    (p) =>
      `“${p.path}”中有超出 Excel 范围的${p.kind === 'row' ? '行号' : '单元格地址'}“${p.ref}”（Excel 最多 1048576 行、16384 列，到 XFD1048576 为止），这个文件不是 Excel 保存的或已损坏，无法读取；请用 Excel 或 WPS 打开后另存一份再试`,
  ),
  source_bad_cell_ref: entry<{ path: string; ref: string }>(
    'error',
    (p) => `“${p.path}”中有写法不对的单元格地址“${p.ref}”，这个文件不是 Excel 保存的或已损坏，无法读取；请用 Excel 或 WPS 打开后另存一份再试`,
  ),
  source_bad_shared_string: entry<{ path: string; index: string; count: number }>(
    'error',
    (p) => `“${p.path}”中这个单元格引用的文字（编号“${p.index}”）不存在（文件中只有 ${p.count} 条文字），文件已损坏，无法读取；请用 Excel 或 WPS 打开后另存一份再试`,
  ),
  source_merges_overlap: entry<{ path: string; a: string; b: string }>(
    'error',
    (p) => `“${p.path}”中合并单元格 ${p.a} 与 ${p.b} 互相重叠，Excel 会认为文件已损坏，无法读取；请用 Excel 或 WPS 打开并按提示修复后另存一份再试`,
  ),
  source_sheet_name: entry<{ path: string; name: string; problem: 'empty' | 'duplicate' }>(
    'error',
    (p) =>
      `“${p.path}”中${p.problem === 'empty' ? '有一张工作表没有名称' : `有两张工作表都叫“${p.name}”（Excel 不允许重名，不分大小写）`}，这个文件不是 Excel 保存的或已损坏，无法读取；请用 Excel 或 WPS 打开后另存一份再试`,
  ),
  source_sheet_missing: entry<{ path: string; sheet: string }>(
    'error',
    (p) => `“${p.path}”的工作表“${p.sheet}”在文件中找不到内容，文件已损坏或未保存完整，无法读取；请用 Excel 或 WPS 打开确认后另存一份再试`,
  ),
  source_unreadable_content: entry<{ path: string }>(
    'error',
    (p) => `“${p.path}”的内部结构不符合 Excel 格式（可能不是 Excel 或 WPS 保存的），无法读取；请用 Excel 或 WPS 打开后另存一份再试`,
  ),
} as const;

export type IssueCode = keyof typeof issueCatalogue;
export type IssueParams<C extends IssueCode> = Parameters<(typeof issueCatalogue)[C]['text']>[0];

/** Labels of the ledger kinds, as the chair names them. */
export const kindLabels = {
  roster: '教职工名册',
  activities: '活动台账',
  participation: '活动签到',
  offices: '文明办公室评比',
  funds: '经费收支明细',
  budget: '经费预算',
  survey: '满意度测评',
  proposals: '教代会提案',
  archive: '资料归档清单',
  tasks: '工作台账',
  mentoring: '青蓝结对',
  targets: '目标设置',
  settings: '基本设置',
} as const;

export const cliText = {
  usage: `用法：
  union-dash check   [来源…] [--as-of 日期] [--json]   检查台账，列出每个有问题的单元格
  union-dash metrics [来源…] [--term 学期] [--as-of 日期] [--json]
  union-dash serve   [来源…] [--port 端口] [--host 地址]
  union-dash report  [来源…] [--term 学期 | --month 年-月] [--as-of 日期] --out 文件.pdf
  union-dash init    文件夹                      生成空白台账模板
来源：.xlsx 文件、存放 .xlsx 的文件夹或 gsheets:<表格ID>，可写多个；不写则使用自带示例 fixtures/`,
  unknownCommand: (c: string) => `不认识的命令“${c}”`,
  unknownOption: (o: string) => `不认识的选项“${o}”`,
  missingOptionValue: (o: string) => `选项 ${o} 后面需要一个值`,
  initNeedsDir: '请指定模板要写入的文件夹，例如：union-dash init 我的台账',
  initWritten: (path: string) => `已生成空白台账模板：${path}`,
  initExists: (path: string) => `“${path}”已存在，为免覆盖没有写入`,
  initOneDir: '只能指定一个文件夹，例如：union-dash init 我的台账',
  initNotADir: (path: string) => `“${path}”不是文件夹（已有同名文件），无法在其中生成模板`,
  initCannotWrite: (path: string, code: string) =>
    `无法写入“${path}”（${({ EACCES: '没有写入权限', EPERM: '没有写入权限', ENOSPC: '磁盘空间不足', EROFS: '磁盘为只读' } as Record<string, string>)[code] ?? code}）`,
  initNextSteps: (dir: string) =>
    `下一步：用 Excel 或 WPS 打开模板，删去灰色斜体的示例行，填入本校数据并保存，然后运行 union-dash check ${dir}`,
  internalError: (msg: string) => `程序内部错误：${msg}。请把这行文字和所用的表格发给技术老师。`,
  checkSummaryHeader: '各表读取情况：',
  checkSheetLine: (p: { place: string; kind: string; read: number; used: number; skipped: number; rejected: number }) =>
    `  ${p.place}（${p.kind}）：读取 ${p.read} 行 = 采用 ${p.used} + 跳过 ${p.skipped}（标题、表头、空行、合计、签名）+ 未计入 ${p.rejected}`,
  checkTotals: (p: { errors: number; warnings: number }) =>
    p.errors === 0 && p.warnings === 0
      ? '检查完毕：没有发现问题。'
      : `检查完毕：${p.errors} 个错误，${p.warnings} 个提醒。错误所在的行未计入统计，请在表格中改正后重新检查。`,
} as const;

/** Printing PDF reports with the machine's own Chrome, Edge or Chromium. */
export const pdfText = {
  browserNotFound: (platform: string) =>
    `找不到用来生成 PDF 的浏览器（Chrome、Edge 或 Chromium）。${pdfInstallHint(platform)}。看板、检查和表格导出不受影响，只是暂时不能生成 PDF。`,
  chromePathMissing: (path: string) =>
    `环境变量 CHROME_PATH 指向的“${path}”不存在；请改为浏览器程序的完整路径，或删除这个变量让程序自动查找`,
  launchFailed: (p: { path: string; reason: string }) => `无法启动浏览器“${p.path}”来生成 PDF（${p.reason}）`,
  printTimeout: (seconds: number) =>
    `生成 PDF 超时（超过 ${seconds} 秒），本次已放弃；请稍后重试，如反复出现请检查电脑是否过于繁忙`,
  browserGone: '生成 PDF 时浏览器意外退出，请重试；下次打印会自动重新启动浏览器',
  printFailed: (reason: string) => `生成 PDF 失败（${reason}）`,
  fontFailed: (count: number) => `PDF 所用的中文字体有 ${count} 个文件加载失败，请重新安装程序依赖（npm install）`,
} as const;

function pdfInstallHint(platform: string): string {
  switch (platform) {
    case 'linux':
      return '请安装 Chromium 和中文字体：sudo apt-get install chromium fonts-noto-cjk（Debian/Ubuntu），或设置环境变量 CHROME_PATH 为浏览器程序的完整路径';
    case 'win32':
      return '请安装 Microsoft Edge 或 Chrome，或设置环境变量 CHROME_PATH 为 msedge.exe 或 chrome.exe 的完整路径';
    case 'darwin':
      return '请安装 Google Chrome 或 Microsoft Edge，或设置环境变量 CHROME_PATH 为浏览器程序的完整路径';
    default:
      return '请安装 Chrome 或 Chromium，或设置环境变量 CHROME_PATH 为浏览器程序的完整路径';
  }
}

/** Why Google Sheets data came from the cache (the reason in gsheets_from_cache). */
export const sheetsFallbackReason = {
  network: (detail: string) => `无法连接 Google（${detail}）`,
  quota: '超出 Google 表格读取配额',
  server: (status: number) => `Google 服务暂时出错（HTTP ${status}）`,
} as const;

/** Network failures in words a chair understands; the code itself when unknown. */
export const networkErrorText: Readonly<Record<string, string>> = {
  ENOTFOUND: '找不到服务器地址，可能没有联网或 DNS 不可用',
  EAI_AGAIN: '暂时无法解析服务器地址，可能没有联网',
  ECONNREFUSED: '连接被拒绝',
  ECONNRESET: '连接被中断',
  ETIMEDOUT: '连接超时',
  TIMEOUT: '等待 Google 响应超时',
  EHOSTUNREACH: '无法到达服务器',
  ENETUNREACH: '网络不可用',
  CERT: '安全证书校验失败，可能被代理或防火墙拦截',
};
