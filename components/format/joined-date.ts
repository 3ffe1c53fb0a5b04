const formatter = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** Server and browser agree on this (fixed locale and time zone), so hydration never differs. */
export function formatDay(date: Date): string {
  return formatter.format(date);
}
