// Dates in athar are YYYY, YYYY-MM or YYYY-MM-DD. A partial date is the interval it names, so
// "2023-11" overlaps a range from 2023-11-09 on; ISO strings compare as text.

/** The first day a date can mean. */
export function dateStart(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}

/** The last day a date can mean (day 31 is fine: only ordering matters). */
export function dateEnd(d: string): string {
  return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;
}

/** Whether `date` may fall within [since, until]; either bound may be missing. */
export function overlaps(
  date: string,
  since: string | undefined,
  until: string | undefined,
): boolean {
  return spanOverlaps(date, date, since, until);
}

/** Whether the span from `first` to `last` meets [since, until]. */
export function spanOverlaps(
  first: string,
  last: string,
  since: string | undefined,
  until: string | undefined,
): boolean {
  if (since !== undefined && dateEnd(last) < dateStart(since)) return false;
  if (until !== undefined && dateStart(first) > dateEnd(until)) return false;
  return true;
}
