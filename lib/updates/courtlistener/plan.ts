/**
 * The next CourtListener request to make, if any: find a docket not looked up yet, else re-read the
 * entries of the docket read longest ago (once they are older than the refresh interval). One request
 * per call, so the background can space them out and stop at any point.
 */
import { DOCKET_REFRESH_INTERVAL_MS } from '../keys';
import type { DocketRecord, EntriesRecord } from './store';
import { docketKey, type DocketTarget } from './targets';

/** A docket not found on CourtListener is looked up again after this long. */
export const MISSING_DOCKET_RETRY_MS = 7 * 24 * 60 * 60 * 1000;

export type Task =
  | { kind: 'find-docket'; target: DocketTarget }
  | { kind: 'read-entries'; target: DocketTarget; docketId: number; docketUrl: string };

export function nextTask(
  targets: readonly DocketTarget[],
  dockets: Readonly<Record<string, DocketRecord>>,
  entries: Readonly<Record<string, EntriesRecord>>,
  now: number,
): Task | null {
  for (const target of targets) {
    const d = dockets[docketKey(target)];
    if (!d || (!d.found && now - d.at >= MISSING_DOCKET_RETRY_MS)) return { kind: 'find-docket', target };
  }
  let due: { task: Task; fetchedAt: number } | null = null;
  for (const target of targets) {
    const d = dockets[docketKey(target)];
    if (!d?.found) continue;
    const fetchedAt = entries[docketKey(target)]?.fetchedAt ?? 0;
    if (now - fetchedAt < DOCKET_REFRESH_INTERVAL_MS) continue;
    if (!due || fetchedAt < due.fetchedAt) {
      due = { task: { kind: 'read-entries', target, docketId: d.id, docketUrl: d.url }, fetchedAt };
    }
  }
  return due?.task ?? null;
}
