/** Status vocabulary shown to readers, and the age of an "as of" date. */
import type { CaseStatus } from './dataset/schema';

const LABELS: Record<CaseStatus, string> = {
  pending: 'Pending',
  'order-granted': 'Order granted',
  'order-denied': 'Order denied',
  stayed: 'Stayed',
  'on-appeal': 'On appeal',
  dismissed: 'Dismissed',
  closed: 'Closed',
};

export function statusLabel(status: CaseStatus): string {
  return LABELS[status];
}

/** A status older than this is flagged as possibly out of date. */
export const STALE_AFTER_DAYS = 30;
const MS_PER_DAY = 86_400_000;

/** Whole days from an ISO date (YYYY-MM or YYYY-MM-DD) to `now`. */
export function daysSince(isoDate: string, now: Date): number {
  const [y = 1970, m = 1, d = 1] = isoDate.split('-').map(Number);
  return Math.floor((now.getTime() - Date.UTC(y, m - 1, d)) / MS_PER_DAY);
}

export function isStale(isoDate: string, now: Date): boolean {
  return daysSince(isoDate, now) > STALE_AFTER_DAYS;
}
