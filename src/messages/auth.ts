/** The login page, sessions, the audit page and the refusals of the access layer. */
export const authText = {
  roles: { chair: '主席', committee: '委员', viewer: '查看' },
  loginTitle: '登录',
  loginLead: '请输入工会看板的用户名和密码。',
  wrongPassword: '用户名或密码不正确。',
  tooMany: (seconds: number) => `密码错误次数过多，请 ${seconds} 秒后再试。`,
  loggedOut: '已退出登录。',
  expired: '登录已过期，请重新登录。',
  needLogin: '请先登录。',
  usersBroken: (reason: string) => `用户文件无法使用，看板暂不开放：${reason}。请主席在服务器上用 union-dash user 命令修复后再试。`,
  badCsrf: '页面已过期或来自其他网站，操作未执行。请刷新页面后再试。',
  forbidden: '您的账号没有查看此内容的权限。',
  packForbidden: '“查看”账号不能下载台账资料（其中有教职工名册、签到表等明细），可下载 PDF 报告。',
  workbookForbidden: '“查看”账号不能下载汇总表（表中有明细），可下载 PDF 报告。',
  auditTitle: '访问记录',
  auditEvents: { login: '登录', login_failed: '登录失败', login_delayed: '登录被延迟', logout: '退出', download: '下载', refresh: '刷新' },
  namesFootnote: '页面含教职工姓名，请勿外传',
  /** serve on a LAN address with nobody to log in. */
  hostNeedsUsers: (host: string) =>
    `没有设置任何用户，不能在 ${host} 上对局域网开放看板（人人都能看到教职工姓名）。请先添加用户：union-dash user add 姓名 --role chair，再重新启动。`,
} as const;
