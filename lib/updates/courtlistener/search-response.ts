/**
 * A CourtListener search API answer (`/api/rest/v4/search/?type=r`, no token needed), validated with zod:
 * dockets, each with its newest documents nested in `recap_documents` (three by default, each carrying
 * its entry's id, date, number and description). Only those fields are read.
 */
import { z } from 'zod';
import { courtListenerLink, dayOrNull, entryText, type CourtListenerEntry, type Parsed } from './responses';
import { sameDocketNumber, type DocketTarget } from './targets';

/** `document_type` of a main document in the search index (the rest are "Attachment"). */
const MAIN_DOCUMENT = 'PACER Document';

const searchSchema = z.object({
  results: z.array(
    z.object({
      docket_id: z.number().int().positive(),
      court_id: z.string().nullish(),
      docketNumber: z.string().nullish(),
      docket_absolute_url: z.string(),
      recap_documents: z.array(
        z.object({
          docket_entry_id: z.number().int().positive(),
          entry_date_filed: dayOrNull.optional(),
          entry_number: z.number().int().nullish(),
          description: z.string().nullish(),
          short_description: z.string().nullish(),
          document_type: z.string().nullish(),
        }),
      ),
    }),
  ),
});

export interface SearchedDocket {
  /** An https link on courtlistener.com. */
  url: string;
  entries: CourtListenerEntry[];
}

/**
 * Our docket in a search answer (the docket number is matched loosely by the search, so the result must
 * name our court and number exactly), its documents grouped into entries; null when it is not there.
 */
export function parseRecapSearch(json: unknown, target: DocketTarget): Parsed<SearchedDocket | null> {
  const parsed = searchSchema.safeParse(json);
  if (!parsed.success) return { ok: false, message: 'CourtListener sent an unexpected search response.' };
  const docket = parsed.data.results.find((r) => r.court_id === target.court && sameDocketNumber(r.docketNumber, target.docketNumber));
  if (!docket) return { ok: true, value: null };
  const url = courtListenerLink(docket.docket_absolute_url);
  if (!url) return { ok: false, message: 'CourtListener sent a docket link outside courtlistener.com.' };
  const byEntry = new Map<number, (typeof docket.recap_documents)[number][]>();
  for (const d of docket.recap_documents) byEntry.set(d.docket_entry_id, [...(byEntry.get(d.docket_entry_id) ?? []), d]);
  const entries = [...byEntry.entries()].map(([id, docs]) => ({
    id,
    dateFiled: docs[0]!.entry_date_filed ?? null,
    description: entryText(docs[0]!.description, docs.find((d) => d.document_type === MAIN_DOCUMENT)?.short_description),
    entryNumber: docs[0]!.entry_number ?? null,
  }));
  return { ok: true, value: { url, entries } };
}
