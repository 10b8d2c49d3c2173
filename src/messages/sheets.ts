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

/** A spreadsheet's name as the chair sees it: its title, marked as Google's. */
export const googleWorkbookName = (title: string) => `${title}（Google 表格）`;

/** A detail after its heading, inside a message: `HTTP 400：Unable to parse range`. */
export const detailed = (head: string, detail: string) => `${head}：${detail}`;

/** Why a service-account key cannot be used (the reason in gsheets_key_file). */
export const keyFileText = {
  /** How the key is named when it came as JSON text rather than a file. */
  envJson: 'UNION_DASH_GOOGLE_KEY 中的 JSON',
  missing: '文件不存在',
  noPermission: '没有读取权限',
  isFolder: '这是文件夹，不是文件',
  notJson: '不是有效的 JSON',
  personalCredentials: '这是个人账号的登录凭据，不是服务账号密钥',
  notServiceAccount: '不是服务账号密钥（type 应为 service_account）',
  incomplete: '缺少 client_email 或 private_key',
  badPrivateKey: '私钥 private_key 不完整或格式不对',
} as const;
