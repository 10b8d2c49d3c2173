/**
 * ECharts' SSR SVG is made to be inlined in HTML, whose parser forgives what XML does not: the
 * font stack lands in `style="font-family:"Noto Sans CJK SC", …"`, quotes inside quotes. As a
 * file of its own (word/media/*.svg) it must be well-formed XML, or Word drops the picture, so
 * the quoted font names take single quotes, which CSS reads the same.
 */
export const svgFile = (svg: string): string => svg.replace(/([:,]\s*)"([^"<>=]+)"(?=\s*[,;])/g, "$1'$2'");
