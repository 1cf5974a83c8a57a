/**
 * A date exactly as sure as its sources: the dataset's one way to write a date.
 *
 *   "2025-04-07"        a day
 *   "2025-04"           a month (the sources give no day)
 *   "2019"              a year
 *   "~2025-04-12"       approximate (any precision): "about"
 *   "after 2026-02-27"  a bound: later than that day (or month, or year); "before ..." likewise
 *
 * Pure: parsing, the earliest and latest day a date can be, an order for timelines, and text for readers.
 */

export const DATE_SPEC = /^(?:(~)|(after|before) )?(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
export const DATE_SPEC_HINT = 'dates are YYYY, YYYY-MM or YYYY-MM-DD, optionally "~" (approximate) or "after " / "before " first';

export type DatePrecision = 'year' | 'month' | 'day';
export type DateQualifier = 'exact' | 'approximate' | 'after' | 'before';

export interface ParsedDate {
  year: number;
  /** 1-12, for month and day precision. */
  month?: number;
  /** 1-31, for day precision. */
  day?: number;
  precision: DatePrecision;
  qualifier: DateQualifier;
}

const MS_PER_DAY = 86_400_000;

/** The parts of a date spec, or null when it is not one (or names no real day or month). */
export function parseDateSpec(spec: string): ParsedDate | null {
  const m = DATE_SPEC.exec(spec);
  if (!m) return null;
  const year = Number(m[3]);
  const month = m[4] === undefined ? undefined : Number(m[4]);
  const day = m[5] === undefined ? undefined : Number(m[5]);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (month !== undefined && day !== undefined) {
    const dt = new Date(Date.UTC(year, month - 1, day));
    if (dt.getUTCMonth() !== month - 1 || dt.getUTCDate() !== day) return null;
  }
  const qualifier: DateQualifier = m[1] ? 'approximate' : m[2] === 'after' ? 'after' : m[2] === 'before' ? 'before' : 'exact';
  const precision: DatePrecision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  return { year, precision, qualifier, ...(month !== undefined ? { month } : {}), ...(day !== undefined ? { day } : {}) };
}

export const isDateSpec = (spec: string): boolean => parseDateSpec(spec) !== null;

/** First and last UTC day (ms) of the period the date names, ignoring its qualifier. */
function period(p: ParsedDate): [number, number] {
  if (p.precision === 'day') {
    const t = Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1);
    return [t, t];
  }
  if (p.precision === 'month') {
    const m = (p.month ?? 1) - 1;
    return [Date.UTC(p.year, m, 1), Date.UTC(p.year, m + 1, 1) - MS_PER_DAY];
  }
  return [Date.UTC(p.year, 0, 1), Date.UTC(p.year + 1, 0, 1) - MS_PER_DAY];
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The earliest day (YYYY-MM-DD) the date can be: the period's first day; the day after it for "after";
 * unbounded ("0000-01-01") for "before". For an unparsable spec, the spec itself.
 */
export function earliestDay(spec: string): string {
  const p = parseDateSpec(spec);
  if (!p) return spec;
  if (p.qualifier === 'before') return '0000-01-01';
  const [first, last] = period(p);
  return iso(p.qualifier === 'after' ? last + MS_PER_DAY : first);
}

/** The latest day the date can be: the period's last day (the day before it for "before"); "after" is open, so the period's last day + 1. */
export function latestDay(spec: string): string {
  const p = parseDateSpec(spec);
  if (!p) return spec;
  const [first, last] = period(p);
  if (p.qualifier === 'before') return iso(first - MS_PER_DAY);
  return iso(p.qualifier === 'after' ? last + MS_PER_DAY : last);
}

/**
 * A number to order dates by (larger is later): the period's first day; "after" just past the period's
 * end and "before" just before its start, so a bound sorts next to the date it is bound by.
 */
export function dateOrder(spec: string): number {
  const p = parseDateSpec(spec);
  if (!p) return Number.NEGATIVE_INFINITY;
  const [first, last] = period(p);
  if (p.qualifier === 'after') return last + MS_PER_DAY / 2;
  if (p.qualifier === 'before') return first - MS_PER_DAY / 2;
  return first;
}

/** Newest first (for timelines); equal dates keep their order when used with a stable sort. */
export const newestFirst = (a: string, b: string): number => dateOrder(b) - dateOrder(a);

/** True when the date is certainly no later than `today` (YYYY-MM-DD): its earliest day is not in the future. */
export function notInFuture(spec: string, today: string): boolean {
  return earliestDay(spec) <= today;
}

/** "Apr 7, 2025", "Apr 2025", "2019", with "~" for approximate and "after" / "before" for bounds. */
export function formatDateSpec(spec: string, locale?: string): string {
  const p = parseDateSpec(spec);
  if (!p) return spec;
  const at = new Date(Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1));
  const opts: Intl.DateTimeFormatOptions =
    p.precision === 'day'
      ? { dateStyle: 'medium', timeZone: 'UTC' }
      : p.precision === 'month'
        ? { year: 'numeric', month: 'short', timeZone: 'UTC' }
        : { year: 'numeric', timeZone: 'UTC' };
  const text = new Intl.DateTimeFormat(locale, opts).format(at);
  if (p.qualifier === 'approximate') return `~${text}`;
  if (p.qualifier === 'after') return `after ${text}`;
  if (p.qualifier === 'before') return `before ${text}`;
  return text;
}

/** True when the date is not an exact day (a month, a year, approximate or a bound). */
export const isInexact = (spec: string): boolean => {
  const p = parseDateSpec(spec);
  return !p || p.precision !== 'day' || p.qualifier !== 'exact';
};

/** The date without its qualifier ("2025-04" of "~2025-04"), for a `<time datetime>` attribute. */
export function plainDate(spec: string): string {
  return spec.replace(/^(?:~|after |before )/, '');
}
