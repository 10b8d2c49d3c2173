/** The projector mode (/present): slide titles, the corner link and the key hint. */
export const presentText = {
  title: '投影放映',
  monthSlide: (label: string) => `${label} 月调度`,
  monthAsOf: (day: string) => `统计至 ${day}`,
  /** One slide per area of the overview: its name and how many of its targets are met. */
  areaSlide: (area: string) => `工作目标 · ${area}`,
  warningsSlide: '预警：需要提前处理的事',
  warningsCount: (n: number) => `共 ${n} 条${n > 6 ? '，只列出前 6 条' : ''}`,
  areaMet: (met: number, all: number) => `${all} 项中 ${met} 项达标`,
  /** The account bar's link to the slideshow. */
  start: '放映',
  startTitle: '全屏轮播本月月调度和各项工作目标，姓名隐藏',
  leave: '退出放映',
  keys: '← → 或空格翻页 · Esc 退出',
  slideOf: (i: number, n: number) => `${i} / ${n}`,
  /** The banner's items beyond the few a slide has room for. */
  moreItems: (n: number) => `另有 ${n} 处，请在电脑上查看`,
  /** Screen-reader names of the slide list. */
  slides: '放映页面',
} as const;
