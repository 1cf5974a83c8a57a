/**
 * One rate-limited CourtListener request, shared by the token path and the tokenless search: ask the
 * limiter, count the request before sending it, fetch (bounded, no redirects followed), read the answer,
 * and record the outcome. Every failed outcome backs off: a network error, a timeout, any 4xx or 5xx, an
 * oversized answer, an answer that is not JSON or not in the expected shape. So the once-a-minute alarm can
 * never spend the daily budget on a request that keeps failing.
 */
import type { KeyValueArea } from '../../lib/settings-store';
import { failed, mayRequest, refused, requested, readRateState, succeeded, type RatePolicy } from '../../lib/updates/courtlistener/rate-limit';
import { MAX_COURTLISTENER_BYTES } from '../../lib/updates/keys';
import type { DocketTarget } from '../../lib/updates/courtlistener/targets';
import type { UpdateStatus } from '../../lib/updates/status';
import { fetchLimited, type FetchFn } from './updates-fetch';

export interface RequestDeps {
  fetch: FetchFn;
  area: KeyValueArea;
  now: number;
  /** CourtListener's origin; a local server in tests. */
  origin: string;
  timeoutMs: number;
}

/** What an answer said: the storage items to write and a message, or why it was rejected. */
export type Read = { ok: true; items: Record<string, unknown>; message: string } | { ok: false; message: string };

export interface CourtListenerRequest {
  /** "8:25-cv-00951 (mdd)", for messages. */
  label: string;
  path: string;
  headers?: Record<string, string>;
  read(json: unknown): Read;
  /** Said when CourtListener answers 401 or 403. */
  refusedMessage: string;
}

export interface RequestKeys {
  rate: string;
  status: string;
}

/** "8:25-cv-00951 (mdd)", for messages. */
export const label = (t: DocketTarget): string => `${t.docketNumber} (${t.court})`;
export const dayOf = (now: number): string => new Date(now).toISOString().slice(0, 10);

/** Writes each pruned cache that differs from what was stored (a case left the data, an entry aged out). */
export async function writePruned(area: KeyValueArea, caches: [key: string, stored: unknown, pruned: unknown][]): Promise<void> {
  const changed = caches.filter(([, stored, pruned]) => stored !== undefined && JSON.stringify(stored) !== JSON.stringify(pruned));
  if (changed.length > 0) await area.set(Object.fromEntries(changed.map(([key, , pruned]) => [key, pruned]))).catch(() => undefined);
}

const HTTP_UNAUTHORIZED = 401;
const HTTP_FORBIDDEN = 403;

/** Runs the request if the limiter allows it. Returns the status it recorded, or null when it had to wait. */
export async function rateLimitedRequest(deps: RequestDeps, keys: RequestKeys, policy: RatePolicy, request: CourtListenerRequest): Promise<UpdateStatus | null> {
  const { now, area } = deps;
  let rate = readRateState((await area.get(keys.rate))[keys.rate]);
  if (!mayRequest(policy, rate, now).ok) return null;
  rate = requested(policy, rate, now);
  // Counted before it is made, so a worker stopped mid-request can't exceed the limits.
  await area.set({ [keys.rate]: rate });

  const fetched = await fetchLimited(deps.fetch, `${deps.origin}${request.path}`, {
    timeoutMs: deps.timeoutMs,
    maxBytes: MAX_COURTLISTENER_BYTES,
    headers: request.headers,
    redirect: 'error',
  });
  let items: Record<string, unknown> = {};
  let outcome: UpdateStatus['outcome'];
  let message: string;
  if (!fetched.ok && (fetched.status === HTTP_UNAUTHORIZED || fetched.status === HTTP_FORBIDDEN)) {
    rate = refused(rate, now);
    [outcome, message] = ['failed', `Could not read ${request.label}: ${request.refusedMessage}`];
  } else if (!fetched.ok) {
    rate = failed(rate, now, fetched.retryAfterMs);
    [outcome, message] = ['failed', `Could not read ${request.label}: ${fetched.message}.`];
  } else {
    const read = readAnswer(fetched.text, request);
    rate = read.ok ? succeeded(rate) : failed(rate, now);
    if (read.ok) [outcome, message, items] = ['updated', read.message, read.items];
    else [outcome, message] = ['rejected', `${read.message} (${request.label}); nothing was stored.`];
  }
  if (outcome !== 'updated') message += ` Next try after ${new Date(rate.notBefore).toISOString()}.`;
  const status: UpdateStatus = { at: now, outcome, message };
  await area.set({ ...items, [keys.rate]: rate, [keys.status]: status }).catch(() => undefined);
  return status;
}

function readAnswer(text: string, request: CourtListenerRequest): Read {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: "CourtListener's answer was not JSON" };
  }
  return request.read(json);
}
