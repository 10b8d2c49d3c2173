/** A1 ranges as we send them (quoted titles) and as Google echoes them (quoted or bare). */

/** `'3月签到'`, with `'` doubled: always accepted, whatever the title. */
export const quoteSheetTitle = (title: string) => `'${title.replaceAll("'", "''")}'`;

export interface EchoedRange {
  readonly title: string;
  /** 0-based start of the range. */
  readonly row: number;
  readonly col: number;
}

function startCell(cells: string): { row: number; col: number } | null {
  const m = /^([A-Za-z]{1,3})?(\d+)?(?::|$)/.exec(cells);
  if (!m || (!m[1] && !m[2])) return null;
  let col = 0;
  for (const ch of (m[1] ?? 'A').toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: m[2] ? Number(m[2]) - 1 : 0, col: col - 1 };
}

/** `'Class Data'!A1:V101`, `Sheet1!A1`, `3月签到!A1:Z1000`; null when it is none of these. */
export function parseEchoedRange(text: string): EchoedRange | null {
  let title: string;
  let rest: string;
  if (text.startsWith("'")) {
    let i = 1;
    title = '';
    for (; i < text.length; i++) {
      if (text[i] !== "'") title += text[i];
      else if (text[i + 1] === "'") title += text[++i];
      else break;
    }
    if (i >= text.length) return null; // no closing quote
    rest = text.slice(i + 1);
  } else {
    const bang = text.lastIndexOf('!');
    title = bang < 0 ? text : text.slice(0, bang);
    rest = bang < 0 ? '' : text.slice(bang);
  }
  if (rest === '') return { title, row: 0, col: 0 };
  if (!rest.startsWith('!')) return null;
  const start = startCell(rest.slice(1));
  return start ? { title, ...start } : null;
}
