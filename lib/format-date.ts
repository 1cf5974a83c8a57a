/** Dates for readers: the browser's locale via Intl, with the relative age beside it. */
import { daysSince } from './status';

const DAYS_PER_MONTH = 30.44;
const DAYS_PER_YEAR = 365.25;

/** "Dec 11, 2025" (or "Jul 2025" for a month-only date) in `locale`. */
export function formatIsoDate(isoDate: string, locale?: string): string {
  const [y = 1970, m = 1, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d ?? 1));
  const opts: Intl.DateTimeFormatOptions =
    d === undefined ? { year: 'numeric', month: 'short', timeZone: 'UTC' } : { dateStyle: 'medium', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, opts).format(date);
}

/** "3 months ago", "yesterday", "in 2 days" in `locale`. */
export function relativeAge(isoDate: string, now: Date, locale?: string): string {
  const days = daysSince(isoDate, now);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (Math.abs(days) < 31) return rtf.format(-days, 'day');
  if (Math.abs(days) < DAYS_PER_YEAR) return rtf.format(-Math.round(days / DAYS_PER_MONTH), 'month');
  return rtf.format(-Math.round(days / DAYS_PER_YEAR), 'year');
}

/** "Dec 11, 2025 (11 months ago)". */
export function dateWithAge(isoDate: string, now: Date, locale?: string): string {
  return `${formatIsoDate(isoDate, locale)} (${relativeAge(isoDate, now, locale)})`;
}
