/** `YYYY-MM-DD HH:mm` of a snapshot, on the spreadsheet's own clock (its time zone setting). */

const FALLBACK_ZONE = 'Asia/Shanghai';

export function formatCacheTime(instant: string, timeZone: string | null | undefined): string {
  const zone = timeZone && isZone(timeZone) ? timeZone : FALLBACK_ZONE;
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const get = (t: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

function isZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
