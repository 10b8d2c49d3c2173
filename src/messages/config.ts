/** What is wrong with union-dash.config.json, in one line the chair (or the IT teacher) can act on. */

export const configText = {
  notJson: (line: number, col: number) => `不是有效的 JSON（第 ${line} 行第 ${col} 列附近）：请检查是否漏了逗号、引号或括号，或多了末尾的逗号`,
  notObject: '应是一个以 { 开头、} 结尾的对象',
  unknownKey: (key: string, nearest: string | null) => `“${key}”不是可用的设置项${nearest ? `，是否应为“${nearest}”？` : ''}`,
  wrongType: (path: string, expected: string) => `“${path}”应为${expected}`,
  missing: (path: string) => `缺少“${path}”`,
  unknownKind: (path: string, kind: string) => `“${path}”的表类型“${kind}”不是已知的表类型`,
  unknownField: (path: string, header: string, field: string) => `“${path}”中列“${header}”对应的字段“${field}”不存在`,
  unreadable: (reason: string) => `无法读取（${reason}）`,
  badSchedule: (reason: string) => `“notify.schedule”${reason}`,
  expected: { string: '文字（用双引号括起来）', array: '列表（用 [ ] 括起来）', object: '对象（用 { } 括起来）', nonEmpty: '不为空的文字', number: '数字（不加引号）', boolean: 'true 或 false（不加引号）', atLeast: (n: number) => `不小于 ${n} 的数字`, url: '网址（如 https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…）', day: '日期（如 2026-10-01）', channelKind: '"email"、"wecom"、"dingtalk" 或 "feishu"', atMost: (n: number) => `不大于 ${n} 的数字`, integer: '整数（不加引号）' },
} as const;
