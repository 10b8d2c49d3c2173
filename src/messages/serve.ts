/** The words of `union-dash serve`. */
export const serveText = {
  badPort: (v: string) => `端口“${v}”无效，请写 1–65535 之间的整数，例如 --port 3000`,
  badHost: (v: string) => `地址“${v}”无效，例如 --host 127.0.0.1`,
  started: (url: string) => `工会工作看板已启动：${url}\n按 Ctrl+C 停止。`,
  exposed: (host: string) =>
    `注意：看板页面含教职工姓名等个人信息。现在监听的是 ${host}，同一网络中的其他电脑也能打开这些页面；请只在可信的校内网络中这样做，用完及时关闭。`,
  portInUse: (port: number) => `端口 ${port} 已被占用（可能看板已经在运行），请用 --port 换一个端口，例如 --port ${port + 1}`,
  cannotListen: (host: string, port: number, why: string) => `无法在 ${host}:${port} 上启动看板（${why}）`,
  firstReadFailed: '台账读取失败，看板没有启动：',
  stopped: '看板已停止。',
} as const;
