/**
 * One CourtListener step with the user's token: pick the next request (`nextTask`), make it through the
 * rate limiter (`rateLimitedRequest`), validate the answer with zod and store what it says, pruned to the
 * dockets still in the data. One request per call; the alarm calls again later. I/O comes in as arguments
 * so tests run it against a local server.
 */
import type { Dataset } from '../../lib/dataset/schema';
import type { KeyValueArea } from '../../lib/settings-store';
import { docketEntriesPath, docketSearchPath } from '../../lib/updates/courtlistener/paths';
import { nextTask, type Task } from '../../lib/updates/courtlistener/plan';
import { TOKEN_POLICY } from '../../lib/updates/courtlistener/rate-limit';
import { COURTLISTENER_ORIGIN, parseDocketEntries, parseDocketSearch } from '../../lib/updates/courtlistener/responses';
import { keptEntries, pruneDockets, pruneEntries, readDocketCache, readEntriesCache, type DocketRecord, type EntriesRecord } from '../../lib/updates/courtlistener/store';
import { courtListenerTargets, docketKey, type DocketTarget } from '../../lib/updates/courtlistener/targets';
import { CL_DOCKETS_KEY, CL_ENTRIES_KEY, CL_RATE_KEY, CL_STATUS_KEY, FETCH_TIMEOUT_MS } from '../../lib/updates/keys';
import type { UpdateStatus } from '../../lib/updates/status';
import { dayOf, label, rateLimitedRequest, writePruned, type CourtListenerRequest, type Read } from './updates-courtlistener-request';
import type { FetchFn } from './updates-fetch';

export interface CourtListenerDeps {
  fetch: FetchFn;
  area: KeyValueArea;
  token: string;
  dataset: Dataset;
  now: number;
  /** CourtListener's origin; a local server in tests. */
  origin?: string;
  timeoutMs?: number;
}

/** Runs at most one request. Returns the status it recorded, or null when nothing was due or allowed. */
export async function courtListenerStep({ fetch, area, token, dataset, now, origin = COURTLISTENER_ORIGIN, timeoutMs = FETCH_TIMEOUT_MS }: CourtListenerDeps): Promise<UpdateStatus | null> {
  const targets = courtListenerTargets(dataset);
  const storedDockets = (await area.get(CL_DOCKETS_KEY))[CL_DOCKETS_KEY];
  const storedEntries = (await area.get(CL_ENTRIES_KEY))[CL_ENTRIES_KEY];
  const dockets = pruneDockets(readDocketCache(storedDockets), targets);
  const entries = pruneEntries(readEntriesCache(storedEntries), targets, dayOf(now));
  await writePruned(area, [[CL_DOCKETS_KEY, storedDockets, dockets], [CL_ENTRIES_KEY, storedEntries, entries]]);
  const task = nextTask(targets, dockets, entries, now);
  if (!task) return null;
  const keys = { rate: CL_RATE_KEY, status: CL_STATUS_KEY };
  return rateLimitedRequest({ fetch, area, now, origin, timeoutMs }, keys, TOKEN_POLICY, request(task, { token, now, targets, dockets, entries }));
}

interface Context {
  token: string;
  now: number;
  targets: DocketTarget[];
  dockets: Record<string, DocketRecord>;
  entries: Record<string, EntriesRecord>;
}

function request(task: Task, { token, now, targets, dockets, entries }: Context): CourtListenerRequest {
  const { target } = task;
  const key = docketKey(target);
  const common = { label: label(target), headers: { Authorization: `Token ${token}` }, refusedMessage: 'CourtListener refused the API token; check it on the options page.' };
  if (task.kind === 'find-docket') {
    const by = task.core ? 'core' : 'number';
    return {
      ...common,
      path: docketSearchPath(target.court, task.core ? { core: task.core } : { docketNumber: target.docketNumber }),
      read: (json): Read => {
        const found = parseDocketSearch(json, target.docketNumber);
        if (!found.ok) return found;
        const record: DocketRecord = found.value ? { found: true, ...found.value, at: now } : { found: false, at: now, by };
        const how = by === 'core' ? ' (by its core number)' : '';
        return {
          ok: true,
          items: { [CL_DOCKETS_KEY]: { ...dockets, [key]: record } },
          message: found.value ? `Found docket ${label(target)} on CourtListener${how}.` : `Docket ${label(target)} is not on CourtListener${how}.`,
        };
      },
    };
  }
  return {
    ...common,
    path: docketEntriesPath(task.docketId, target.since),
    read: (json): Read => {
      const read = parseDocketEntries(json);
      if (!read.ok) return read;
      const kept = keptEntries(read.value, target.since, dayOf(now));
      const record: EntriesRecord = { caseId: target.caseId, docketNumber: target.docketNumber, docketUrl: task.docketUrl, fetchedAt: now, entries: kept };
      return {
        ok: true,
        items: { [CL_ENTRIES_KEY]: pruneEntries({ ...entries, [key]: record }, targets, dayOf(now)) },
        message: `Read ${kept.length} ${kept.length === 1 ? 'entry' : 'entries'} of ${label(target)} filed since ${target.since}.`,
      };
    },
  };
}
