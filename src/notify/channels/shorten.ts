/** Cutting a robot message to the service's limit at a line boundary, with a last line saying so. */

export const utf8Length = (s: string): number => Buffer.byteLength(s, 'utf8');

/** The longest prefix of `s` of at most `max` UTF-8 bytes that does not split a character. */
function prefixBytes(s: string, max: number): string {
  const bytes = Buffer.from(s, 'utf8');
  if (bytes.length <= max) return s;
  let end = max;
  while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end).toString('utf8');
}

/**
 * `text` as is when `fits(text)`; otherwise as many whole leading lines as fit followed by
 * `lastLine`. When not even the first line fits, that line is cut by bytes.
 */
export function shortenLines(text: string, fits: (candidate: string) => boolean, lastLine: string): { readonly text: string; readonly shortened: boolean } {
  if (fits(text)) return { text, shortened: false };
  const lines = text.split('\n');
  const withLast = (kept: readonly string[]) => [...kept, '', lastLine].join('\n');
  // fits() only grows false as lines are added: find the largest count that fits.
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(withLast(lines.slice(0, mid)))) low = mid;
    else high = mid - 1;
  }
  let kept = lines.slice(0, low);
  while (kept.length > 0 && (kept.at(-1) ?? '').trim() === '') kept = kept.slice(0, -1);
  if (kept.length > 0) return { text: withLast(kept), shortened: true };
  const first = lines[0] ?? '';
  for (let max = utf8Length(first); max > 0; max = Math.floor(max * 0.9)) {
    const candidate = withLast([prefixBytes(first, max)]);
    if (fits(candidate)) return { text: candidate, shortened: true };
  }
  return { text: lastLine, shortened: true };
}
