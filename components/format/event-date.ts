const monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * Key-event dates are as precise as the record allows: "1997", "1997-05" or "1998-10-05".
 * Shown as "1997", "May 1997" and "5 October 1998"; anything else is shown as written.
 */
export function formatEventDate(date: string): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date.trim());
  if (!match) return date;
  const [, year, month, day] = match;
  const monthName = month ? monthNames[Number(month) - 1] : undefined;
  if (!monthName) return year ?? date;
  if (!day) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** A value for <time dateTime>, or undefined when the date is not machine-readable. */
export function machineDate(date: string): string | undefined {
  return /^\d{4}(-\d{2}){0,2}$/.test(date.trim()) ? date.trim() : undefined;
}
