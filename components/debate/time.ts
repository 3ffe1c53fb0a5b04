const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/**
 * A short, readable span: "2 d 3 h", "5 h 12 min", "4 min 05 s", "12 s". Negative spans read
 * as zero: a countdown that has run out says "0 s" until the page catches up.
 */
export function formatDuration(milliseconds: number): string {
  const total = Math.max(0, milliseconds);
  const days = Math.floor(total / day);
  const hours = Math.floor((total % day) / hour);
  const minutes = Math.floor((total % hour) / minute);
  const seconds = Math.floor((total % minute) / 1_000);
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  if (minutes > 0) return `${minutes} min ${String(seconds).padStart(2, "0")} s`;
  return `${seconds} s`;
}

/** The same span for screen readers and titles: "2 days 3 hours". */
export function describeDuration(milliseconds: number): string {
  const total = Math.max(0, milliseconds);
  const parts: Array<[number, string]> = [
    [Math.floor(total / day), "day"],
    [Math.floor((total % day) / hour), "hour"],
    [Math.floor((total % hour) / minute), "minute"],
  ];
  const named = parts.filter(([count]) => count > 0).slice(0, 2);
  if (named.length === 0) {
    const seconds = Math.floor(total / 1_000);
    return `${seconds} ${seconds === 1 ? "second" : "seconds"}`;
  }
  return named.map(([count, unit]) => `${count} ${count === 1 ? unit : `${unit}s`}`).join(" ");
}

const pad = (value: number) => String(value).padStart(2, "0");

/** A Date as the value of an <input type="datetime-local">, in the browser's time zone. */
export function toDateTimeLocal(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The value of an <input type="datetime-local"> as a Date, or null when it is empty or not a date. */
export function fromDateTimeLocal(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const [year, month, dayOfMonth, hours, minutes, seconds] = match.slice(1).map((part) => (part === undefined ? 0 : Number(part))) as [number, number, number, number, number, number];
  const date = new Date(year, month - 1, dayOfMonth, hours, minutes, seconds);
  // Reject overflow such as 31 February rather than silently moving to March.
  return date.getMonth() === month - 1 && date.getDate() === dayOfMonth ? date : null;
}

const localFormatter = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
const utcFormatter = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

/** "Thu 26 Nov, 18:30" in the browser's time zone. */
export function formatLocalDateTime(date: Date): string {
  return localFormatter.format(date);
}

/** The same in UTC, for the server render, where the reader's time zone is unknown. */
export function formatUtcDateTime(date: Date): string {
  return `${utcFormatter.format(date)} UTC`;
}
