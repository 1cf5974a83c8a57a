/**
 * The next CourtListener request to make, if any. With a token: find a docket not looked up yet (by its
 * exact number, then by its core number), else re-read the entries of the docket read longest ago. Without
 * one (the search API): search the docket searched longest ago. Each docket at most every 6 hours; one
 * request per call, so the background can space them out and stop at any point.
 */
import { DOCKET_REFRESH_INTERVAL_MS } from '../keys';
import type { DocketRecord, EntriesRecord } from './store';
import { docketKey, docketNumberCore, type DocketTarget } from './targets';

/** A docket not found on CourtListener is looked up again after this long. */
export const MISSING_DOCKET_RETRY_MS = 7 * 24 * 60 * 60 * 1000;

export type Task =
  | { kind: 'find-docket'; target: DocketTarget; core?: string }
  | { kind: 'read-entries'; target: DocketTarget; docketId: number; docketUrl: string };

/** The target whose entries were read longest ago, once that is longer ago than the refresh interval. */
export function oldestDue(targets: readonly DocketTarget[], entries: Readonly<Record<string, EntriesRecord>>, now: number): DocketTarget | null {
  let due: { target: DocketTarget; fetchedAt: number } | null = null;
  for (const target of targets) {
    const fetchedAt = entries[docketKey(target)]?.fetchedAt ?? 0;
    if (now - fetchedAt < DOCKET_REFRESH_INTERVAL_MS) continue;
    if (!due || fetchedAt < due.fetchedAt) due = { target, fetchedAt };
  }
  return due?.target ?? null;
}

function findTask(target: DocketTarget, d: DocketRecord | undefined, now: number): Task | null {
  if (!d) return { kind: 'find-docket', target };
  if (d.found) return null;
  const core = docketNumberCore(target.docketNumber);
  // Not found by its exact number (older records did not say how: they were exact-number searches).
  if (d.by !== 'core' && core) return { kind: 'find-docket', target, core };
  return now - d.at >= MISSING_DOCKET_RETRY_MS ? { kind: 'find-docket', target } : null;
}

export function nextTask(
  targets: readonly DocketTarget[],
  dockets: Readonly<Record<string, DocketRecord>>,
  entries: Readonly<Record<string, EntriesRecord>>,
  now: number,
): Task | null {
  for (const target of targets) {
    const find = findTask(target, dockets[docketKey(target)], now);
    if (find) return find;
  }
  const found = targets.filter((t) => dockets[docketKey(t)]?.found);
  const target = oldestDue(found, entries, now);
  const d = target && dockets[docketKey(target)];
  return target && d?.found ? { kind: 'read-entries', target, docketId: d.id, docketUrl: d.url } : null;
}
