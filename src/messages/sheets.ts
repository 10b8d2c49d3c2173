/** Google Sheets in words a chair understands: why cached data stands in, and network failures. */

/** Why Google Sheets data came from the cache (the reason in gsheets_from_cache). */
export const sheetsFallbackReason = {
  network: (detail: string) => `无法连接 Google（${detail}）`,
  quota: '超出 Google 表格读取配额',
  server: (status: number) => `Google 服务暂时出错（HTTP ${status}）`,
} as const;

/** Network failures in words a chair understands; the code itself when unknown. */
export const networkErrorText: Readonly<Record<string, string>> = {
  ENOTFOUND: '找不到服务器地址，可能没有联网或 DNS 不可用',
  EAI_AGAIN: '暂时无法解析服务器地址，可能没有联网',
  ECONNREFUSED: '连接被拒绝',
  ECONNRESET: '连接被中断',
  ETIMEDOUT: '连接超时',
  TIMEOUT: '等待 Google 响应超时',
  EHOSTUNREACH: '无法到达服务器',
  ENETUNREACH: '网络不可用',
  CERT: '安全证书校验失败，可能被代理或防火墙拦截',
};
