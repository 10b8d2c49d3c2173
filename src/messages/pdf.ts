/** Printing PDF reports with the machine's own Chrome, Edge or Chromium. */
export const pdfText = {
  browserNotFound: (platform: string) =>
    `找不到用来生成 PDF 的浏览器（Chrome、Edge 或 Chromium）。${pdfInstallHint(platform)}。看板、检查和表格导出不受影响，只是暂时不能生成 PDF。`,
  chromePathMissing: (path: string) =>
    `环境变量 CHROME_PATH 指向的“${path}”不存在；请改为浏览器程序的完整路径，或删除这个变量让程序自动查找`,
  launchFailed: (p: { path: string; reason: string }) => `无法启动浏览器“${p.path}”来生成 PDF（${p.reason}）`,
  printTimeout: (seconds: number) =>
    `生成 PDF 超时（超过 ${seconds} 秒），本次已放弃；请稍后重试，如反复出现请检查电脑是否过于繁忙`,
  browserGone: '生成 PDF 时浏览器意外退出，请重试；下次打印会自动重新启动浏览器',
  printFailed: (reason: string) => `生成 PDF 失败（${reason}）`,
  fontFailed: (count: number) => `PDF 所用的中文字体有 ${count} 个文件加载失败，请重新安装程序依赖（npm install）`,
} as const;

function pdfInstallHint(platform: string): string {
  switch (platform) {
    case 'linux':
      return '请安装 Chromium 和中文字体：sudo apt-get install chromium fonts-noto-cjk（Debian/Ubuntu），或设置环境变量 CHROME_PATH 为浏览器程序的完整路径';
    case 'win32':
      return '请安装 Microsoft Edge 或 Chrome，或设置环境变量 CHROME_PATH 为 msedge.exe 或 chrome.exe 的完整路径';
    case 'darwin':
      return '请安装 Google Chrome 或 Microsoft Edge，或设置环境变量 CHROME_PATH 为浏览器程序的完整路径';
    default:
      return '请安装 Chrome 或 Chromium，或设置环境变量 CHROME_PATH 为浏览器程序的完整路径';
  }
}
