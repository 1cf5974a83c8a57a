/**
 * CourtListener REST API v4 responses, validated with zod: only the fields CaseLens uses. Anything
 * else in a response is ignored; a response without them is rejected.
 */
import { z } from 'zod';

export const COURTLISTENER_ORIGIN = 'https://www.courtlistener.com';
export const API_BASE_PATH = '/api/rest/v4';
/** How many of a docket's latest entries are kept. */
export const MAX_ENTRIES_KEPT = 20;

const docketListSchema = z.object({
  results: z.array(z.object({ id: z.number().int().positive(), absolute_url: z.string() })),
});

const entryListSchema = z.object({
  results: z.array(
    z.object({
      id: z.number().int().positive(),
      date_filed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
      description: z.string().nullable(),
      entry_number: z.number().int().nullable(),
    }),
  ),
});

export interface FoundDocket {
  id: number;
  /** An https link on courtlistener.com, never anything else. */
  url: string;
}

export interface CourtListenerEntry {
  id: number;
  dateFiled: string | null;
  description: string;
  entryNumber: number | null;
}

/** A link on CourtListener from a relative `absolute_url`; null when it would lead anywhere else. */
export function courtListenerLink(absoluteUrl: string): string | null {
  if (!absoluteUrl.startsWith('/') || absoluteUrl.startsWith('//')) return null;
  try {
    const url = new URL(absoluteUrl, COURTLISTENER_ORIGIN);
    return url.origin === COURTLISTENER_ORIGIN ? url.href : null;
  } catch {
    return null;
  }
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** The first docket of a `/dockets/?court=…&docket_number=…` search, or null when none matched. */
export function parseDocketSearch(json: unknown): Parsed<FoundDocket | null> {
  const parsed = docketListSchema.safeParse(json);
  if (!parsed.success) return { ok: false, message: 'CourtListener sent an unexpected docket search response.' };
  const first = parsed.data.results[0];
  if (!first) return { ok: true, value: null };
  const url = courtListenerLink(first.absolute_url);
  if (!url) return { ok: false, message: 'CourtListener sent a docket link outside courtlistener.com.' };
  return { ok: true, value: { id: first.id, url } };
}

/** The latest entries of a `/docket-entries/?docket=…&order_by=-date_filed` response. */
export function parseDocketEntries(json: unknown): Parsed<CourtListenerEntry[]> {
  const parsed = entryListSchema.safeParse(json);
  if (!parsed.success) return { ok: false, message: 'CourtListener sent an unexpected docket entries response.' };
  const entries = parsed.data.results.slice(0, MAX_ENTRIES_KEPT).map((r) => ({
    id: r.id,
    dateFiled: r.date_filed,
    description: (r.description ?? '').trim(),
    entryNumber: r.entry_number,
  }));
  return { ok: true, value: entries };
}

/** The two request paths (joined to an origin by the caller, so tests can use a local server). */
export function docketSearchPath(court: string, docketNumber: string): string {
  const q = new URLSearchParams({ court, docket_number: docketNumber });
  return `${API_BASE_PATH}/dockets/?${q.toString()}`;
}

export function docketEntriesPath(docketId: number): string {
  const q = new URLSearchParams({ docket: String(docketId), order_by: '-date_filed' });
  return `${API_BASE_PATH}/docket-entries/?${q.toString()}`;
}
