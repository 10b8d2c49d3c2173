export { PdfPrinter, BROWSER_FLAGS } from './printer.ts';
export type { PdfPrinterOptions, PrintOptions, ScreenshotOptions } from './printer.ts';
export { documentShell, pageCss } from './document.ts';
export type { DocumentParts, MarginText, PageLayout } from './document.ts';
export { fontFaceCss, FONT_FAMILY } from './fonts.ts';
export { findBrowser, findSystemBrowser, browserCandidates } from './find-browser.ts';
export { PdfError } from './errors.ts';
export type { PdfErrorCode } from './errors.ts';
