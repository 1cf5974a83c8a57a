/**
 * CourtListener REST API v4 responses (`/dockets/`, `/docket-entries/`), validated with zod: only the
 * fields CaseLens uses. Anything else in a response is ignored; a response without them is rejected.
 * Both lists come paginated (`{count, next, previous, results}`); only the first page is read.
 */
import { z } from 'zod';
import { sameDocketNumber } from './targets';

export const COURTLISTENER_ORIGIN = 'https://www.courtlistener.com';
/** A description longer than this is cut (with "…"): a docket line, not a whole filing. */
export const MAX_DESCRIPTION_CHARS = 1000;
/** A docket link longer than this is refused (CourtListener's are well under 200 characters). */
const MAX_LINK_CHARS = 2000;
/** `document_type` of an entry's main document (the rest are attachments). */
const MAIN_DOCUMENT = 1;

export const dayOrNull = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable();

const docketListSchema = z.object({
  results: z.array(z.object({ id: z.number().int().positive(), absolute_url: z.string(), docket_number: z.string().nullish() })),
});

const entryListSchema = z.object({
  results: z.array(
    z.object({
      id: z.number().int().positive(),
      date_filed: dayOrNull,
      description: z.string().nullish(),
      entry_number: z.number().int().nullable(),
      recap_documents: z.array(z.object({ description: z.string().nullish(), document_type: z.number().int().nullish() })).optional(),
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
  if (!absoluteUrl.startsWith('/') || absoluteUrl.startsWith('//') || absoluteUrl.length > MAX_LINK_CHARS) return null;
  try {
    const url = new URL(absoluteUrl, COURTLISTENER_ORIGIN);
    return url.origin === COURTLISTENER_ORIGIN ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * An entry's text: its own description, or when that is empty (often so), its main document's short
 * description. Trimmed and cut to `MAX_DESCRIPTION_CHARS`.
 */
export function entryText(description: string | null | undefined, mainDocumentDescription: string | null | undefined): string {
  const text = (description ?? '').trim() || (mainDocumentDescription ?? '').trim();
  return text.length > MAX_DESCRIPTION_CHARS ? `${text.slice(0, MAX_DESCRIPTION_CHARS - 1)}…` : text;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * The docket of a `/dockets/?court=…&docket_number…` answer whose number is ours (several can share a
 * core number, and CourtListener has duplicates), or null when none is.
 */
export function parseDocketSearch(json: unknown, docketNumber: string): Parsed<FoundDocket | null> {
  const parsed = docketListSchema.safeParse(json);
  if (!parsed.success) return { ok: false, message: 'CourtListener sent an unexpected docket search response.' };
  const match = parsed.data.results.find((r) => sameDocketNumber(r.docket_number, docketNumber));
  if (!match) return { ok: true, value: null };
  const url = courtListenerLink(match.absolute_url);
  if (!url) return { ok: false, message: 'CourtListener sent a docket link outside courtlistener.com.' };
  return { ok: true, value: { id: match.id, url } };
}

/** The entries of a `/docket-entries/?docket=…` answer, as sent (the store sorts, filters and bounds them). */
export function parseDocketEntries(json: unknown): Parsed<CourtListenerEntry[]> {
  const parsed = entryListSchema.safeParse(json);
  if (!parsed.success) return { ok: false, message: 'CourtListener sent an unexpected docket entries response.' };
  const entries = parsed.data.results.map((r) => ({
    id: r.id,
    dateFiled: r.date_filed,
    description: entryText(r.description, r.recap_documents?.find((d) => d.document_type === MAIN_DOCUMENT)?.description),
    entryNumber: r.entry_number,
  }));
  return { ok: true, value: entries };
}
