/** "1991–1999", or "2008" when a case covers a single year. */
export function formatPeriod(start: number, end: number): string {
  return start === end ? String(start) : `${start}–${end}`;
}
