/**
 * What each CourtListener switch allows: stored data lives exactly as long as the switch that allowed it
 * (switched off, its entries are removed and no longer shown), and the side panel shows only entries of a
 * switch that is on.
 */
import type { UpdateSettings } from '../../settings';
import { CL_DOCKETS_KEY, CL_ENTRIES_KEY, CL_SEARCH_ENTRIES_KEY } from '../keys';
import { entriesOfCase, readEntriesCache, type EntriesRecord } from './store';

/** The token path runs when switched on with a token. */
export const tokenPathRuns = (u: UpdateSettings): boolean => u.courtListenerEnabled && u.courtListenerToken !== '';
export const anyCourtListenerOn = (u: UpdateSettings): boolean => u.courtListenerEnabled || u.courtListenerSearchEnabled;

/** The storage keys of CourtListener data whose switch is off (the rate-limit states and statuses stay: they are ours). */
export function courtListenerKeysToRemove(u: UpdateSettings): string[] {
  return [...(u.courtListenerEnabled ? [] : [CL_DOCKETS_KEY, CL_ENTRIES_KEY]), ...(u.courtListenerSearchEnabled ? [] : [CL_SEARCH_ENTRIES_KEY])];
}

/**
 * A case's CourtListener records to show, from the switches that are on (token entries first); null when
 * both are off. `stored` maps storage keys to their stored values.
 */
export function courtListenerRecordsOf(u: UpdateSettings, stored: Record<string, unknown>, caseId: string): EntriesRecord[] | null {
  if (!anyCourtListenerOn(u)) return null;
  const on = [...(u.courtListenerEnabled ? [CL_ENTRIES_KEY] : []), ...(u.courtListenerSearchEnabled ? [CL_SEARCH_ENTRIES_KEY] : [])];
  return on.flatMap((key) => entriesOfCase(readEntriesCache(stored[key]), caseId));
}
