/** The words of `union-dash notify` and of the delivery status on the dashboard. */
import { monthZh } from './format.ts';

export const notifyText = {
  usage: '用法：union-dash notify [来源…] [--month 年-月] [--dry-run] [--force]',
  noChannels: (configPath: string) =>
    `没有配置发送渠道：请在配置文件“${configPath}”中加上 notify.channels（邮件、企业微信、钉钉或飞书群机器人，写法见 README“把月调度简报发到邮箱和工作群”）`,
  dryRunHeading: (month: string) => `试运行：${monthZh(month)}月调度简报（不会真的发送）`,
  subject: (s: string) => `标题：${s}`,
  attachment: (name: string) => `附件：${name}`,
  noAttachment: '附件：无（钉钉、飞书群机器人不能发文件，消息里附看板链接）',
  wouldSend: (label: string) => `将发送到：${label}`,
  alreadySent: (label: string, at: string) => `已于 ${at} 发送过，跳过：${label}（要重新发送，请加 --force）`,
  body: '消息内容：',
  sending: (month: string, n: number) => `正在发送${monthZh(month)}月调度简报到 ${n} 个渠道……`,
  sent: (n: number, total: number) => `发送完毕：${n}/${total} 个渠道成功。`,
  failedSome: (n: number) => `${n} 个渠道没有发送成功，原因见上；改正后再次运行本命令，只会补发没有成功的渠道。`,
  skipped: (label: string) => `已发送过，跳过：${label}`,
  /** Dashboard: the last delivery. */
  status: {
    heading: '简报推送',
    next: (when: string, schedule: string) => `下次发送：${when}（${schedule}）`,
    noSchedule: '未设置自动发送时间，可运行 union-dash notify 手动发送',
    last: (what: string, at: string) => `${what}：${at}`,
    ok: (label: string) => `${label} 已送达`,
    failed: (message: string) => message,
    retry: (when: string) => `将于 ${when} 自动重试`,
    gaveUp: '已停止自动重试，请检查设置后运行 union-dash notify',
    what: (key: string) => (key.startsWith('briefing:') ? `${monthZh(key.slice(9))}月调度简报` : '预警'),
  },
} as const;
