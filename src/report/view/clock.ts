/** The school's clock: a moment as the office reads it (Asia/Shanghai), whatever the server's zone. */
const ZONE = 'Asia/Shanghai';

function parts(at: Date): Record<string, string> {
  const fmt = new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return Object.fromEntries(fmt.formatToParts(at).map((p) => [p.type, p.value]));
}

/** `2026-11-22` */
export function schoolDate(at: Date): string {
  const p = parts(at);
  return `${p.year}-${p.month}-${p.day}`;
}

/** `2026年11月22日 09:05` */
export function schoolDateTime(at: Date): string {
  const p = parts(at);
  return `${p.year}年${Number(p.month)}月${Number(p.day)}日 ${p.hour}:${p.minute}`;
}
