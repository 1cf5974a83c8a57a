/**
 * The event ids the reader has seen, per case (the side panel marks what is new since the last look).
 * Stored in storage.local, so re-read as untrusted and kept bounded: only cases still in the data in use,
 * only arrays of strings, at most `MAX_SEEN_PER_CASE` ids per case.
 */
export const MAX_SEEN_PER_CASE = 2000;

export type SeenEvents = Record<string, string[]>;

/** `stored` with `caseId` set to `eventIds`, pruned to the cases in `caseIds`. */
export function withSeen(stored: unknown, caseIds: ReadonlySet<string>, caseId: string, eventIds: readonly string[]): SeenEvents {
  const out: SeenEvents = {};
  if (typeof stored === 'object' && stored !== null && !Array.isArray(stored)) {
    for (const [id, ids] of Object.entries(stored)) {
      if (caseIds.has(id) && Array.isArray(ids)) out[id] = ids.filter((x): x is string => typeof x === 'string').slice(0, MAX_SEEN_PER_CASE);
    }
  }
  if (caseIds.has(caseId)) out[caseId] = eventIds.slice(0, MAX_SEEN_PER_CASE);
  return out;
}
