/** The words of `union-dash serve`. */
export const serveText = {
  badPort: (v: string) => `端口“${v}”无效，请写 1–65535 之间的整数，例如 --port 3000`,
  badHost: (v: string) => `地址“${v}”无效，例如 --host 127.0.0.1`,
  started: (url: string) => `工会工作看板已启动：${url}\n按 Ctrl+C 停止。`,
  exposed: (host: string, users: number) =>
    `看板在 ${host} 上对局域网开放，需要登录（${users} 个用户）。用户管理：union-dash user list`,
  loginOn: (users: number) => `看板需要登录（${users} 个用户）。`,
  portInUse: (port: number) => `端口 ${port} 已被占用（可能看板已经在运行），请用 --port 换一个端口，例如 --port ${port + 1}`,
  cannotListen: (host: string, port: number, why: string) => `无法在 ${host}:${port} 上启动看板（${why}）`,
  firstReadFailed: '台账读取失败，看板没有启动：',
  stopped: '看板已停止。',
} as const;
