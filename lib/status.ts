/**
 * Status vocabulary shown to readers, and the age of an "as of" date. A chip says where a case stands
 * now in its court, never its last motion (README, "Status chips"); the status line says the rest.
 */
import { latestDay } from './dataset/date-spec';
import type { CaseStatus } from './dataset/schema';

const LABELS: Record<CaseStatus, string> = {
  pending: 'Pending',
  'relief-in-force': 'Order in force',
  stayed: 'Ruling paused',
  decided: 'Decided',
  'on-appeal': 'On appeal',
  dismissed: 'Dismissed',
  convicted: 'Convicted',
  closed: 'Closed',
  unclear: 'Status unclear',
};

/** What each chip means, for the chip's tooltip and the README. */
const MEANINGS: Record<CaseStatus, string> = {
  pending: 'Open in this court, with no decision that ends it here.',
  'relief-in-force': 'Open, and a court order protecting a party holds while the case goes on.',
  stayed: "A higher court has paused this court's ruling while an appeal goes on.",
  decided: "This court's decision ends the case here, and no appeal of it is known to be pending.",
  'on-appeal': 'Decided here; an appeal is pending in a higher court.',
  dismissed: 'Thrown out, and no appeal is known to be pending.',
  convicted: 'Found guilty; sentencing or post-trial motions may be pending.',
  closed: 'Over without a decision on the merits (withdrawn, moot or settled).',
  unclear: "The sources don't say where it stands now.",
};

export function statusLabel(status: CaseStatus): string {
  return LABELS[status];
}

export function statusMeaning(status: CaseStatus): string {
  return MEANINGS[status];
}

/** A status older than this is flagged as possibly out of date. */
export const STALE_AFTER_DAYS = 30;
const MS_PER_DAY = 86_400_000;

/** Whole days from the latest day a date spec can be ("2025-12" is Dec 31) to `now`. */
export function daysSince(dateSpec: string, now: Date): number {
  const [y = 1970, m = 1, d = 1] = latestDay(dateSpec).split('-').map(Number);
  return Math.floor((now.getTime() - Date.UTC(y, m - 1, d)) / MS_PER_DAY);
}

export function isStale(dateSpec: string, now: Date): boolean {
  return daysSince(dateSpec, now) > STALE_AFTER_DAYS;
}
