/** The dashboard's Chinese text with figures in it (static headings live in the templates). */
import { SPAN_WORDS, type SpanKindKey } from './span.ts';
import { monthZh } from './format.ts';

export const text = {
  siteName: '工会工作看板',
  /** The log lines of folders polled instead of watched (src/server/watch.ts). */
  poll: {
    onShare: (path: string, seconds: number) => `“${path}”在网络共享盘上，每 ${seconds} 秒检查一次是否有表格保存`,
    watchFailed: (path: string, why: string, seconds: number) => `无法直接监视“${path}”的变化（${why}），改为每 ${seconds} 秒检查一次是否有表格保存`,
    forced: (path: string, seconds: number) => `每 ${seconds} 秒检查一次“${path}”是否有表格保存`,
  },
  /** The navigation bar, by area. */
  nav: {
    overview: '总览',
    month: '月调度',
    participation: '活动参与',
    offices: '文明办公室',
    funds: '经费',
    satisfaction: '满意度',
    proposals: '提案办理',
    tasks: '工作台账',
    archive: '资料归档',
    mentoring: '青蓝结对',
    review: '考核自评',
    quality: '数据检查',
  },
  /** Each page's heading. */
  headings: {
    overview: (term: string) => `${term}工作目标总览`,
    participation: '活动与参与',
    offices: '文明办公室评比',
    funds: '经费收支与预算执行',
    satisfaction: '教职工满意度',
    proposals: '教代会提案办理',
    tasks: '工作台账',
    archive: '活动资料归档',
    mentoring: '青蓝工程结对',
    review: '考核细则自评',
    quality: '数据检查',
    month: (month: string) => `${month} 月调度`,
  },
  errors: {
    notFound: (path: string) => `没有“${path}”这个页面`,
    internal: '服务器内部出错，请稍后刷新重试；如反复出现，请把终端窗口中的提示发给技术老师',
    noData: '还没有读取到可用的数据',
    badRequestTitle: '请求有误',
    notFoundTitle: '找不到页面',
    internalTitle: '出错了',
    noDataTitle: '暂无数据',
  },
  banner: {
    title: (at: string) => `${at} 重新读取台账失败，页面仍显示上次成功读取的数据`,
    kept: (at: string) => `当前显示的是 ${at} 读取的数据。请保存并关闭正在编辑的表格，看板会自动重新读取；也可以点“刷新”。`,
    none: '请检查下列问题后点“刷新”。',
    internal: '读取台账时程序内部出错（不是表格的问题）。请把终端窗口中的提示发给技术老师；修好之前页面一直显示上次读取的数据。',
    missingTitle: '有台账文件不在文件夹中了，页面暂时仍显示它上次读取的数据',
    missingItem: (file: string, since: string, until: string | null) =>
      `“${file}”：${since} 起找不到（被删除、移走或改名）${until ? `；到 ${until} 仍找不到，看板就不再使用它的数据` : ''}`,
    missingKept: '把文件放回原处，看板会自动恢复；如果这个文件确实不再使用，请点“刷新”确认。',
    cacheTitle: '暂时连不上 Google 表格，页面显示的是本机缓存的数据',
    cacheKept: '连接恢复后看板会自动更新；也可以稍后点“刷新”。',
    emptyTitle: '还没有读取到任何台账，下面各项都是“无数据”',
    emptyKept: '请把台账表格（.xlsx、.xls、.et、.ods、.csv）放进这个文件夹，保存后看板会自动读取；也可以运行 union-dash init 文件夹 生成一份空白模板。',
  },
  log: {
    loaded: (files: number, seconds: number) => `已读取台账：${files} 个工作簿，用时 ${seconds.toFixed(1)} 秒`,
    failed: (why: readonly string[], kept: string | null) => `重新读取台账失败：${why.join('；')}${kept ? `；继续显示 ${kept} 读取的数据` : ''}`,
    watching: (n: number) => `正在监视 ${n} 个来源，表格保存后自动更新`,
    watchFailed: (path: string, why: string) => `无法监视“${path}”的变化（${why}），修改表格后请点页面上的“刷新”`,
  },
  provenance: (p: { asOf: string; sources: string; loadedAt: string }) => `数据截至 ${p.asOf} · 来源 ${p.sources} · 更新于 ${p.loadedAt}`,
  sources: (names: readonly string[], files: number) => `${names.join('、')}（${files} 个工作簿）`,
  targetValue: (target: string) => `目标 ${target}`,
  summary: (met: number, notMet: number, noData: number) => `达标 ${met} 项 · 未达标 ${notMet} 项 · 无数据 ${noData} 项`,
  issues: (errors: number, warnings: number) =>
    errors + warnings === 0 ? '台账检查没有发现问题' : `台账中有 ${errors} 个错误、${warnings} 个提醒`,
  monthNav: { prev: (m: string) => `← ${monthZh(m)}`, next: (m: string) => `${monthZh(m)} →` },
  more: (n: number) => `另有 ${n} 项`,
  items: (n: number) => `${n} 项`,
  daysOverdue: (n: number) => (n <= 0 ? '今天到期' : `逾期 ${n} 天`),
  weight: (w: number) => `权重 ${w}`,
  notScored: '未评',
  downloads: {
    term: (kind: 'final' | 'midterm', span: SpanKindKey) => `${kind === 'final' ? SPAN_WORDS[span].review : SPAN_WORDS[span].midReview}（PDF）`,
    workbook: '汇总表（Excel）',
    draft: '工作总结初稿（Word）',
    pack: '台账资料（PDF）',
    month: '本月简报（PDF）',
  },
  noTotal: (dims: readonly string[]) => `${dims.join('、')}没有可用的数据，暂不计算总分`,
  place: (file: string, sheet: string | null, cell: string | null) => `${file}${sheet ? ` › ${sheet}` : ''}${cell ? `!${cell}` : ''}`,
  /** An issue's message after its place. */
  placed: (place: string, message: string) => `${place}：${message}`,
} as const;
