/**
 * A CSV file's bytes → text. UTF-8 with or without a byte order mark (WPS, Google, most web
 * systems), else GB18030 — a superset of GBK, which Excel on Chinese Windows and 问卷星 write
 * — and UTF-16 when a byte order mark says so (Excel's "Unicode text").
 */

/** Null when the bytes are no text at all (a NUL character: a binary file named .csv). */
export function decodeText(buf: Uint8Array): string | null {
  const text = decode(buf);
  return text.includes('\u0000') ? null : text;
}

function decode(buf: Uint8Array): string {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return new TextDecoder('utf-8').decode(buf.subarray(3));
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return new TextDecoder('gb18030').decode(buf);
  }
}
