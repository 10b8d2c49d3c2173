/** Whole days between two calendar dates `YYYY-MM-DD` (b − a), with no time zone involved. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
