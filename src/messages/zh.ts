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

export const issueCatalogue = {
  // Sources and files
  source_missing: entry<{ path: string }>('error', (p) => `找不到“${p.path}”，请检查文件或文件夹路径`),
  source_not_spreadsheet: entry<{ path: string }>('error', (p) => `“${p.path}”不是 Excel 工作簿（.xlsx），无法读取`),
  source_xls: entry<{ path: string }>(
    'error',
    (p) => `“${p.path}”是旧版 Excel（.xls）格式，请用 Excel 或 WPS 打开后“另存为” .xlsx 格式再试`,
  ),
  source_encrypted: entry<{ path: string }>(
    'error',
    (p) => `“${p.path}”设置了打开密码，无法读取；请另存一份不加密码的副本`,
  ),
  source_corrupt: entry<{ path: string; reason: string }>(
    'error',
    (p) => `“${p.path}”已损坏或未保存完整，无法读取（${p.reason}）；如正在编辑，请保存关闭后再试`,
  ),
  source_too_large: entry<{ path: string; limit: string }>(
    'error',
    (p) => `“${p.path}”过大（${p.limit}），为保护内存已停止读取；请删去无关的工作表或拆分文件`,
  ),
  source_empty_folder: entry<{ path: string }>('warning', (p) => `文件夹“${p.path}”中没有 .xlsx 工作簿`),
  lock_file_given: entry<{ path: string }>('error', (p) => `“${p.path}”是 Office 打开文件时生成的临时锁定文件，不是台账；请指定原文件`),
  source_gsheets_unavailable: entry<{ id: string }>('error', (p) => `暂不能读取 Google 表格“${p.id}”：本版本尚未启用 Google 表格来源，请先导出为 .xlsx`),
  lock_file_skipped: entry<{ path: string }>('info', (p) => `已跳过 Office 临时锁定文件“${p.path}”（文件正被打开编辑）`),

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
    (p) => `归档标记“${p.text}”无法识别（该格未计入）；已归档写 √，缺少留空或写“缺”，不需要写“不适用”`,
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
  bad_override: entry<{ path: string; reason: string }>('error', (p) => `配置文件“${p.path}”有误：${p.reason}`),
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
  union-dash check   [来源…] [--json]          检查台账，列出每个有问题的单元格
  union-dash metrics [来源…] [--term 学期] [--as-of 日期] [--json]
  union-dash serve   [来源…] [--port 端口] [--host 地址]
  union-dash report  [来源…] [--term 学期 | --month 年-月] [--as-of 日期] --out 文件.pdf
  union-dash init    文件夹                      生成空白台账模板
来源：.xlsx 文件、存放 .xlsx 的文件夹或 gsheets:<表格ID>，可写多个；不写则使用自带示例 fixtures/`,
  unknownCommand: (c: string) => `不认识的命令“${c}”`,
  unknownOption: (o: string) => `不认识的选项“${o}”`,
  missingOptionValue: (o: string) => `选项 ${o} 后面需要一个值`,
  badDateOption: (v: string) => `日期“${v}”无效，请写成 2026-06-30 的形式`,
  badTermOption: (v: string) => `学期“${v}”无效，请写成 2025-2026-2 的形式`,
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
