/**
 * One CourtListener step: pick the next request (`nextTask`), ask the rate limiter, make it with the
 * user's token, validate the answer with zod and store what it says. One request per call; the alarm
 * calls again later. I/O comes in as arguments so tests run it against a local server.
 */
import type { Dataset } from '../../lib/dataset/schema';
import type { KeyValueArea } from '../../lib/settings-store';
import { nextTask, type Task } from '../../lib/updates/courtlistener/plan';
import { mayRequest, readRateState, refused, requested, responded } from '../../lib/updates/courtlistener/rate-limit';
import { COURTLISTENER_ORIGIN, docketEntriesPath, docketSearchPath, parseDocketEntries, parseDocketSearch } from '../../lib/updates/courtlistener/responses';
import { readDocketCache, readEntriesCache } from '../../lib/updates/courtlistener/store';
import { courtListenerTargets, docketKey } from '../../lib/updates/courtlistener/targets';
import { CL_DOCKETS_KEY, CL_ENTRIES_KEY, CL_RATE_KEY, CL_STATUS_KEY, FETCH_TIMEOUT_MS, MAX_COURTLISTENER_BYTES } from '../../lib/updates/keys';
import type { UpdateStatus } from '../../lib/updates/status';
import { fetchLimited, type FetchFn } from './updates-fetch';

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

const HTTP_UNAUTHORIZED = 401;
const HTTP_FORBIDDEN = 403;

const label = (t: Task) => `${t.target.docketNumber} (${t.target.court})`;

/** Runs at most one request. Returns the status it recorded, or null when nothing was due or allowed. */
export async function courtListenerStep({ fetch, area, token, dataset, now, origin = COURTLISTENER_ORIGIN, timeoutMs = FETCH_TIMEOUT_MS }: CourtListenerDeps): Promise<UpdateStatus | null> {
  const stored = await area.get(CL_DOCKETS_KEY).then(async (a) => ({ ...a, ...(await area.get(CL_ENTRIES_KEY)), ...(await area.get(CL_RATE_KEY)) }));
  const dockets = readDocketCache(stored[CL_DOCKETS_KEY]);
  const entries = readEntriesCache(stored[CL_ENTRIES_KEY]);
  let rate = readRateState(stored[CL_RATE_KEY]);

  const task = nextTask(courtListenerTargets(dataset), dockets, entries, now);
  if (!task || !mayRequest(rate, now).ok) return null;
  rate = requested(rate, now);
  // Count the request before making it, so a worker stopped mid-request can't exceed the daily limit.
  await area.set({ [CL_RATE_KEY]: rate });

  const path = task.kind === 'find-docket' ? docketSearchPath(task.target.court, task.target.docketNumber) : docketEntriesPath(task.docketId);
  const fetched = await fetchLimited(fetch, `${origin}${path}`, {
    timeoutMs,
    maxBytes: MAX_COURTLISTENER_BYTES,
    headers: { Authorization: `Token ${token}` },
  });
  const items: Record<string, unknown> = {};
  let status: UpdateStatus;
  if (!fetched.ok) {
    const tokenRefused = fetched.status === HTTP_UNAUTHORIZED || fetched.status === HTTP_FORBIDDEN;
    rate = tokenRefused ? refused(rate, now) : responded(rate, fetched.status, now, fetched.retryAfterMs);
    const why = tokenRefused ? 'CourtListener refused the API token; check it on the options page' : fetched.message;
    status = { at: now, outcome: 'failed', message: `Could not read ${label(task)}: ${why}. Next try after ${new Date(rate.notBefore).toISOString()}.` };
  } else {
    rate = responded(rate, fetched.status, now);
    status = applyAnswer(task, fetched.text, now, dockets, entries, items);
  }
  await area.set({ ...items, [CL_RATE_KEY]: rate, [CL_STATUS_KEY]: status }).catch(() => undefined);
  return status;
}

/** Validates an answer and puts what changed into `items`; returns the status to record. */
function applyAnswer(
  task: Task,
  text: string,
  now: number,
  dockets: ReturnType<typeof readDocketCache>,
  entries: ReturnType<typeof readEntriesCache>,
  items: Record<string, unknown>,
): UpdateStatus {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { at: now, outcome: 'rejected', message: `CourtListener's answer for ${label(task)} was not JSON; nothing was stored.` };
  }
  const key = docketKey(task.target);
  if (task.kind === 'find-docket') {
    const found = parseDocketSearch(json);
    if (!found.ok) return { at: now, outcome: 'rejected', message: `${found.message} (${label(task)}); nothing was stored.` };
    items[CL_DOCKETS_KEY] = { ...dockets, [key]: found.value ? { found: true, ...found.value, at: now } : { found: false, at: now } };
    return { at: now, outcome: 'updated', message: found.value ? `Found docket ${label(task)} on CourtListener.` : `Docket ${label(task)} is not on CourtListener.` };
  }
  const read = parseDocketEntries(json);
  if (!read.ok) return { at: now, outcome: 'rejected', message: `${read.message} (${label(task)}); nothing was stored.` };
  const record = { caseId: task.target.caseId, docketNumber: task.target.docketNumber, docketUrl: task.docketUrl, fetchedAt: now, entries: read.value };
  items[CL_ENTRIES_KEY] = { ...entries, [key]: record };
  return { at: now, outcome: 'updated', message: `Read the latest ${read.value.length} entries of ${label(task)}.` };
}
