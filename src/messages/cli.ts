/** The words of the `union-dash` command: usage, `check`, `init` and `report`. */
import { monthZh } from './format.ts';
import { SPAN_WORDS, type SpanKindKey } from './span.ts';

export const cliText = {
  usage: `用法：
  union-dash check   [来源…] [--as-of 日期] [--json]   检查台账，列出每个有问题的单元格
  union-dash metrics [来源…] [--term 学期] [--as-of 日期] [--period 学年|年度|统计年度] [--json]
  union-dash serve   [来源…] [--port 端口] [--host 地址]
  union-dash report  [来源…] [--term 学期 | --month 年-月] [--as-of 日期] [--period 学年|年度|统计年度] --out 文件.pdf
  union-dash report  [来源…] [--term 学期] [--as-of 日期] --pack 台账资料.pdf   按资料盒顺序生成台账资料（含签到表）
  union-dash notify  [来源…] [--month 年-月] [--dry-run] [--force]   把月调度简报发到邮箱和工作群
  union-dash init    文件夹                      生成空白台账模板
  union-dash user    add 姓名 --role chair|committee|viewer | list | remove 姓名 | passwd 姓名   管理登录用户
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
  /** `经费台账.xlsx › 收支明细!F12：金额“1,2OO”不是有效数字（该行未计入）` */
  issueLine: (place: string, message: string) => `${place}：${message}`,
  /** The heading of one sheet's issues. */
  checkGroup: (place: string) => `【${place}】`,
  checkSummaryHeader: '各表读取情况：',
  checkSheetLine: (p: { place: string; kind: string; read: number; used: number; skipped: number; rejected: number }) =>
    `  ${p.place}（${p.kind}）：读取 ${p.read} 行 = 采用 ${p.used} + 跳过 ${p.skipped}（标题、表头、空行、合计、签名）+ 未计入 ${p.rejected}`,
  checkTotals: (p: { errors: number; warnings: number }) =>
    p.errors === 0 && p.warnings === 0
      ? '检查完毕：没有发现问题。'
      : `检查完毕：${p.errors} 个错误，${p.warnings} 个提醒。错误所在的行未计入统计，请在表格中改正后重新检查。`,
} as const;

/** The words of `union-dash report`. */
export const reportText = {
  usage: '用法：union-dash report [来源…] [--term 学期 | --month 年-月] [--as-of 日期] [--period 学年|年度|统计年度] --out 文件.pdf、文件.xlsx 或 文件.docx',
  monthAndPeriod: '--month 是单月的月调度简报，不能与 --period 同用',
  missingOut: '请用 --out 指定要生成的文件，例如 --out 期末总评.pdf（表格汇总用 .xlsx，可编辑的工作总结初稿用 .docx）',
  badExtension: (ext: string) => `不支持的输出格式“${ext || '无扩展名'}”：--out 的文件名须以 .pdf、.xlsx 或 .docx 结尾`,
  packUsage: '  或：union-dash report [来源…] [--term 学期] [--as-of 日期] --pack 台账资料.pdf（按资料盒顺序生成台账资料）',
  packAndOut: '--pack 与 --out 只能选一个：--pack 生成台账资料，--out 生成期末总评、汇总表或工作总结初稿；需要几份就分别运行几次',
  packMonth: '台账资料按学期生成，不能与 --month 同用；请用 --term 指定学期',
  packPeriod: '台账资料按学期装盒，不能与 --period 同用；请用 --term 指定学期',
  packExtension: (ext: string) => `不支持的台账资料格式“${ext || '无扩展名'}”：--pack 的文件名须以 .pdf 结尾`,
  termAndMonth: '--term 与 --month 只能选一个：--term 生成期末总评，--month 生成月调度简报',
  monthXlsx: '月调度简报只能导出 PDF；表格汇总（.xlsx）和工作总结初稿（.docx）请用 --term 或不加 --month',
  cannotWrite: (path: string, reason: string) => `无法写入“${path}”（${reason}）`,
  written: (what: string, path: string) => `已生成${what}：${path}`,
  termReport: (kind: 'final' | 'midterm', span: SpanKindKey) => `${kind === 'final' ? SPAN_WORDS[span].review : SPAN_WORDS[span].midReview}报告`,
  monthBrief: (month: string) => `${monthZh(month)}月调度简报`,
  summaryWorkbook: (span: SpanKindKey) => `${SPAN_WORDS[span].review}汇总表`,
  summaryDraft: { final: '工作总结初稿（Word）', midterm: '期中工作小结初稿（Word）' },
  draftNeedsBrowser: 'Word 初稿中的图表由同一个浏览器绘制（供不支持 SVG 的 Word 和 WPS 显示），因此也暂时不能生成。',
  /** Why a report file could not be written, by the error's code. */
  writeErrors: {
    EACCES: '没有写入权限',
    EPERM: '没有写入权限',
    ENOSPC: '磁盘空间不足',
    EROFS: '磁盘为只读',
    EISDIR: '这是一个文件夹',
    ENOTDIR: '路径中有同名文件',
    EBUSY: '文件正被其他程序打开，请关闭后再试',
  } as Readonly<Record<string, string>>,
} as const;
