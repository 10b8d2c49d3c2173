/** The delivery channels of the monthly briefing: how a channel is named, and one line per outcome. */

/** A channel as the chair recognises it; `tail` is the last characters of its key, or empty. */
export const channelLabel = {
  email: (first: string, count: number) => (count > 1 ? `邮件（${first} 等 ${count} 人）` : `邮件（${first}）`),
  emailNobody: '邮件（未填收件人）',
  wecom: (tail: string) => `企业微信群机器人（${tail ? `…${tail}` : '地址不完整'}）`,
  dingtalk: (tail: string) => `钉钉群机器人（${tail ? `…${tail}` : '地址不完整'}）`,
  feishu: (tail: string) => `飞书群机器人（${tail ? `…${tail}` : '地址不完整'}）`,
} as const;

/** What the robots' markdown adds to the briefing. */
export const robotText = {
  /** The last line of a message that had to be cut to the robot's limit. */
  restElsewhere: '（内容较长，以上为节选，完整内容见 PDF 附件或邮件）',
  /** The dashboard link at the end of a robot message. */
  linkLabel: '打开工会看板查看详情',
  /** The title with the robot's 自定义关键词 in it, when the subject lacks it. */
  titleWithKeyword: (subject: string, keyword: string) => `【${keyword}】${subject}`,
} as const;

/** How the network failed, in words; the code itself when it is not listed. */
const networkText: Readonly<Record<string, string>> = {
  ENOTFOUND: '找不到服务器地址，可能没有联网或 DNS 不可用',
  EAI_AGAIN: '暂时无法解析服务器地址，可能没有联网',
  EAI_NONAME: '找不到服务器地址，可能没有联网或 DNS 不可用',
  EDNS: '找不到服务器地址，可能没有联网或 DNS 不可用',
  ECONNREFUSED: '连接被拒绝',
  ECONNRESET: '连接被中断',
  ECONNECTION: '连接中断',
  ESOCKET: '网络连接出错',
  EHOSTUNREACH: '无法到达服务器',
  ENETUNREACH: '网络不可用',
};

export const networkFailureText = (detail: string): string => {
  const http = /^HTTP (\d+)$/.exec(detail);
  if (http) return `服务器返回错误页面（HTTP ${http[1]}）`;
  return networkText[detail] ?? `网络出错 ${detail}`;
};

/** One line per outcome; `channel` is the channel's label (or the name the chair gave it). */
export const deliveryText = {
  sent: (channel: string, note: { attachment?: string; shortened?: boolean; bounced?: readonly string[]; noAttachment?: boolean }) => {
    const notes = [
      note.attachment ? `含附件 ${note.attachment}` : '',
      note.noAttachment ? '机器人不能发送附件，PDF 请通过邮件或看板查看' : '',
      note.shortened ? '内容较长，已节选' : '',
      note.bounced && note.bounced.length > 0 ? `但 ${note.bounced.join('、')} 被退回，请核对地址` : '',
    ].filter((n) => n !== '');
    return `${channel}：发送成功${notes.length > 0 ? `（${notes.join('；')}）` : ''}`;
  },
  rateLimited: (channel: string) => `${channel}：发送太频繁被限流，稍后会自动重试`,
  revoked: (channel: string) => `${channel}：机器人已被移出群或已停用，Webhook 地址失效，请在群里重新添加机器人并更新地址`,
  badWebhook: (channel: string) => `${channel}：Webhook 地址不正确，请从机器人设置里重新复制完整地址`,
  /** DingTalk calls the setting 加签 (secrets start with SEC), Feishu 签名校验. */
  badSecret: (channel: string, robot: 'dingtalk' | 'feishu') =>
    robot === 'dingtalk'
      ? `${channel}：签名校验失败，请核对机器人安全设置里的“加签”密钥（SEC 开头）是否填写正确，并确认本机时间准确`
      : `${channel}：签名校验失败，请核对机器人安全设置里“签名校验”的加签密钥是否填写正确，并确认本机时间准确`,
  keyword: (channel: string) =>
    `${channel}：消息被拒收，机器人设置了“自定义关键词”，消息里必须出现其中一个；请在机器人安全设置里添加关键词“工会”或“月调度”，或在本渠道的 keyword 中填写已设的关键词`,
  ipWhitelist: (channel: string) => `${channel}：消息被拒收，机器人设置了 IP 白名单，本机地址不在其中，请在机器人安全设置里添加本机的出口 IP`,
  tooLong: (channel: string) => `${channel}：消息太长被拒收`,
  refused: (channel: string, code: string | number) => `${channel}：消息被拒收（错误码 ${code}）`,
  authFailed: (channel: string) =>
    `${channel}：邮箱登录失败，账号或邮箱密码/授权码不正确；QQ、163、126 等邮箱要填邮箱设置里生成的“授权码”，不是登录密码`,
  authRequired: (channel: string) => `${channel}：邮件服务器要求登录，请填写发件邮箱账号和授权码（或密码）`,
  recipients: (channel: string, addresses: readonly string[]) => `${channel}：收件人 ${addresses.join('、')} 被邮件服务器拒收，请核对邮箱地址`,
  temporary: (channel: string, code: string | number) => `${channel}：邮件服务器暂时无法接收（${code}），稍后会自动重试`,
  tooBig: (channel: string) => `${channel}：邮件太大被邮件服务器拒收，请缩小 PDF 附件后再发`,
  certificate: (channel: string) => `${channel}：邮件服务器的安全证书校验失败，请核对服务器地址、端口和加密方式（SSL/STARTTLS）`,
  unreachable: (channel: string, detail: string) => `${channel}：无法连接（${networkFailureText(detail)}），稍后会自动重试`,
  timeout: (channel: string) => `${channel}：等待对方响应超时，稍后会自动重试`,
  /** WeCom: the text arrived, the file did not. */
  partial: (line: string) => `${line}（正文已发出，PDF 附件未发出）`,
} as const;
