/** Dates for readers: the browser's locale via Intl, with the relative age beside it. */
import { formatDateSpec } from './dataset/date-spec';
import { daysSince } from './status';

const DAYS_PER_MONTH = 30.44;
const DAYS_PER_YEAR = 365.25;

/** "Dec 11, 2025", "Jul 2025", "2019", "~Apr 2025", "after Feb 27, 2026" in `locale` (see lib/dataset/date-spec). */
export const formatDate = formatDateSpec;

/** "3 months ago", "yesterday", "in 2 days" in `locale`, from the latest day the date can be. */
export function relativeAge(dateSpec: string, now: Date, locale?: string): string {
  const days = daysSince(dateSpec, now);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (Math.abs(days) < 31) return rtf.format(-days, 'day');
  if (Math.abs(days) < DAYS_PER_YEAR) return rtf.format(-Math.round(days / DAYS_PER_MONTH), 'month');
  return rtf.format(-Math.round(days / DAYS_PER_YEAR), 'year');
}

/** "Dec 11, 2025 (11 months ago)". */
export function dateWithAge(dateSpec: string, now: Date, locale?: string): string {
  return `${formatDate(dateSpec, locale)} (${relativeAge(dateSpec, now, locale)})`;
}
