/**
 * One step of the tokenless check for newer filings: CourtListener's search API, which answers without an
 * account. Each verified docket at most every 6 hours, one request per call, sending only its court and
 * docket number (no token, no cookies, no Referer). The search returns a docket's newest documents, so
 * what it finds is added to what was kept before (newest first, bounded) rather than replacing it.
 */
import type { Dataset } from '../../lib/dataset/schema';
import type { KeyValueArea } from '../../lib/settings-store';
import { recapSearchPath } from '../../lib/updates/courtlistener/paths';
import { oldestDue } from '../../lib/updates/courtlistener/plan';
import { ANONYMOUS_POLICY } from '../../lib/updates/courtlistener/rate-limit';
import { COURTLISTENER_ORIGIN } from '../../lib/updates/courtlistener/responses';
import { parseRecapSearch } from '../../lib/updates/courtlistener/search-response';
import { keptEntries, pruneEntries, readEntriesCache, type EntriesRecord } from '../../lib/updates/courtlistener/store';
import { courtListenerTargets, docketKey } from '../../lib/updates/courtlistener/targets';
import { CL_SEARCH_ENTRIES_KEY, CL_SEARCH_RATE_KEY, CL_SEARCH_STATUS_KEY, FETCH_TIMEOUT_MS } from '../../lib/updates/keys';
import type { UpdateStatus } from '../../lib/updates/status';
import { dayOf, label, rateLimitedRequest, writePruned, type Read } from './updates-courtlistener-request';
import type { FetchFn } from './updates-fetch';

export interface SearchStepDeps {
  fetch: FetchFn;
  area: KeyValueArea;
  dataset: Dataset;
  now: number;
  origin?: string;
  timeoutMs?: number;
}

export const TOKEN_NEEDED_MESSAGE =
  'CourtListener now asks for an API token for this check (it answered 401). Enter your token under “CourtListener docket entries” to read filings.';

export async function courtListenerSearchStep({ fetch, area, dataset, now, origin = COURTLISTENER_ORIGIN, timeoutMs = FETCH_TIMEOUT_MS }: SearchStepDeps): Promise<UpdateStatus | null> {
  const targets = courtListenerTargets(dataset);
  const today = dayOf(now);
  const stored = (await area.get(CL_SEARCH_ENTRIES_KEY))[CL_SEARCH_ENTRIES_KEY];
  const entries = pruneEntries(readEntriesCache(stored), targets, today);
  await writePruned(area, [[CL_SEARCH_ENTRIES_KEY, stored, entries]]);
  const target = oldestDue(targets, entries, now);
  if (!target) return null;
  const key = docketKey(target);
  return rateLimitedRequest({ fetch, area, now, origin, timeoutMs }, { rate: CL_SEARCH_RATE_KEY, status: CL_SEARCH_STATUS_KEY }, ANONYMOUS_POLICY, {
    label: label(target),
    path: recapSearchPath(target.court, target.docketNumber),
    refusedMessage: TOKEN_NEEDED_MESSAGE,
    read: (json): Read => {
      const found = parseRecapSearch(json, target);
      if (!found.ok) return found;
      const before = entries[key]?.entries ?? [];
      const kept = keptEntries([...(found.value?.entries ?? []), ...before], target.since, today);
      const record: EntriesRecord = {
        caseId: target.caseId, docketNumber: target.docketNumber, docketUrl: found.value?.url ?? entries[key]?.docketUrl ?? '', fetchedAt: now, entries: kept,
      };
      const fresh = kept.filter((e) => !before.some((b) => b.id === e.id)).length;
      return {
        ok: true,
        items: { [CL_SEARCH_ENTRIES_KEY]: pruneEntries({ ...entries, [key]: record }, targets, today) },
        message: found.value
          ? `Searched ${label(target)}: ${fresh} new ${fresh === 1 ? 'entry' : 'entries'} filed since ${target.since} (${kept.length} kept).`
          : `CourtListener's search has no docket ${label(target)}.`,
      };
    },
  });
}
