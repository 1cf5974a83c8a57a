/**
 * What CaseLens keeps from CourtListener, per docket: its id and link (cached, so a docket is looked up
 * once), and its latest entries. Stored values are re-read with zod; anything unreadable is dropped.
 */
import { z } from 'zod';

const entrySchema = z.object({
  id: z.number(),
  dateFiled: z.string().nullable(),
  description: z.string(),
  entryNumber: z.number().nullable(),
});

const docketRecordSchema = z.union([
  z.object({ found: z.literal(true), id: z.number(), url: z.string(), at: z.number() }),
  z.object({ found: z.literal(false), at: z.number() }),
]);
export type DocketRecord = z.infer<typeof docketRecordSchema>;

const entriesRecordSchema = z.object({
  caseId: z.string(),
  docketNumber: z.string(),
  docketUrl: z.string(),
  fetchedAt: z.number(),
  entries: z.array(entrySchema),
});
export type EntriesRecord = z.infer<typeof entriesRecordSchema>;

/** Keeps the records that parse, by key; drops the rest. */
function readRecords<T>(schema: z.ZodType<T>, stored: unknown): Record<string, T> {
  if (typeof stored !== 'object' || stored === null) return {};
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(stored)) {
    const parsed = schema.safeParse(value);
    if (parsed.success) out[key] = parsed.data;
  }
  return out;
}

export const readDocketCache = (stored: unknown): Record<string, DocketRecord> => readRecords(docketRecordSchema, stored);
export const readEntriesCache = (stored: unknown): Record<string, EntriesRecord> => readRecords(entriesRecordSchema, stored);

/** The CourtListener entries of one case, across its dockets. */
export function entriesOfCase(cache: Record<string, EntriesRecord>, caseId: string): EntriesRecord[] {
  return Object.values(cache).filter((r) => r.caseId === caseId);
}
