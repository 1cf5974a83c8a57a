/**
 * One bounded GET through an injected `fetch`: a timeout (AbortController), a size cap checked on
 * Content-Length and again on the streamed body, no cookies, no Referer. Never throws.
 */
export type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

export type FetchOutcome =
  | { ok: true; status: number; text: string; bytes: number }
  | { ok: false; kind: 'timeout' | 'network' | 'oversized' | 'http'; status: number; message: string; retryAfterMs: number };

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  headers?: Record<string, string>;
  /** 'error' refuses any redirect (CourtListener: a header like Authorization must never follow one). */
  redirect?: RequestRedirect;
}

const MS_PER_SECOND = 1000;

/** Retry-After as a wait in ms: seconds (the form CourtListener sends) or an HTTP date; 0 when absent or unreadable. */
function retryAfterMs(res: Response): number {
  const value = res.headers.get('retry-after')?.trim() ?? '';
  if (/^\d+$/.test(value)) return Number(value) * MS_PER_SECOND;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - Date.now()) : 0;
}

const fail = (kind: Exclude<FetchOutcome, { ok: true }>['kind'], status: number, message: string, retry = 0): FetchOutcome => ({
  ok: false, kind, status, message, retryAfterMs: retry,
});

export async function fetchLimited(fetchFn: FetchFn, url: string, { timeoutMs, maxBytes, headers = {}, redirect = 'follow' }: FetchLimits): Promise<FetchOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await fetchFn(url, {
      method: 'GET',
      headers: { Accept: 'application/json', ...headers },
      signal: controller.signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      redirect,
    });
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      return fail('http', res.status, `the server answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`, retryAfterMs(res));
    }
    const declared = Number(res.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      await res.body?.cancel().catch(() => undefined);
      return fail('oversized', res.status, `the response is ${declared} bytes, over the ${maxBytes}-byte limit`);
    }
    const body = await readCapped(res, maxBytes);
    if (body === null) return fail('oversized', res.status, `the response is over the ${maxBytes}-byte limit`);
    return { ok: true, status: res.status, text: body.text, bytes: body.bytes };
  } catch (err) {
    if (controller.signal.aborted) return fail('timeout', 0, `no complete answer within ${timeoutMs / MS_PER_SECOND} s`);
    return fail('network', 0, `the server could not be reached (${err instanceof Error ? err.message : String(err)})`);
  } finally {
    clearTimeout(timer);
  }
}

/** Reads the body, stopping (and cancelling it) as soon as it passes `maxBytes`; null when it did. */
async function readCapped(res: Response, maxBytes: number): Promise<{ text: string; bytes: number } | null> {
  if (!res.body) return { text: '', bytes: 0 };
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    text += decoder.decode(value, { stream: true });
  }
  return { text: text + decoder.decode(), bytes };
}

/**
 * `fetchFn`, refusing (as a network error) any URL whose origin the user has not granted: the one check
 * every request of the updates passes, whatever settings storage holds.
 */
export function permissionGuardedFetch(fetchFn: FetchFn, granted: (url: string) => Promise<boolean>): FetchFn {
  return async (input, init) => {
    if (!(await granted(input))) throw new TypeError(`no permission to reach ${safeOrigin(input)}`);
    return fetchFn(input, init);
  };
}

function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'that address';
  }
}
