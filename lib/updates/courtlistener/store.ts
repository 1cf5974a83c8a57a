/**
 * What CaseLens keeps from CourtListener, per docket: its id and link (cached, so a docket is looked up
 * once), and its latest entries. Stored values are re-read with zod; anything unreadable is dropped.
 * Kept small on purpose (storage.local's 10 MB are shared with the settings): only dockets of cases still
 * in the data, only entries filed since a case's data holds as of, at most `MAX_ENTRIES_PER_DOCKET` each and
 * `MAX_STORED_BYTES` in all.
 */
import { z } from 'zod';
import type { CourtListenerEntry } from './responses';
import { docketKey, type DocketTarget } from './targets';

export const MAX_ENTRIES_PER_DOCKET = 20;
/** Per path (token or search): 20 entries of 1,000 characters on six dockets is about 130 KB. */
export const MAX_STORED_BYTES = 256 * 1024;

const entrySchema = z.object({
  id: z.number(),
  dateFiled: z.string().nullable(),
  description: z.string(),
  entryNumber: z.number().nullable(),
});

const docketRecordSchema = z.union([
  z.object({ found: z.literal(true), id: z.number(), url: z.string(), at: z.number() }),
  // `by`: how it was last looked for (its exact number, then its core number); absent in older records.
  z.object({ found: z.literal(false), at: z.number(), by: z.enum(['number', 'core']).optional() }),
]);
export type DocketRecord = z.infer<typeof docketRecordSchema>;

const entriesRecordSchema = z.object({
  caseId: z.string(),
  docketNumber: z.string(),
  /** The docket on courtlistener.com; '' when the search did not find it. */
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

/** Newest first; undated entries last. */
const newestFirst = (a: CourtListenerEntry, b: CourtListenerEntry) => (b.dateFiled ?? '').localeCompare(a.dateFiled ?? '') || b.id - a.id;

/** Entries as they are kept: dated, filed since `since` and not after `today`, newest first, one per id, bounded. */
export function keptEntries(entries: readonly CourtListenerEntry[], since: string, today: string): CourtListenerEntry[] {
  const byId = new Map<number, CourtListenerEntry>();
  for (const e of entries) if (e.dateFiled && e.dateFiled >= since && e.dateFiled <= today && !byId.has(e.id)) byId.set(e.id, e);
  return [...byId.values()].sort(newestFirst).slice(0, MAX_ENTRIES_PER_DOCKET);
}

/** Docket records of the targets only (a case gone from the data, or its docket, drops its record). */
export function pruneDockets(cache: Record<string, DocketRecord>, targets: readonly DocketTarget[]): Record<string, DocketRecord> {
  return Object.fromEntries(targets.flatMap((t) => (cache[docketKey(t)] ? [[docketKey(t), cache[docketKey(t)]!]] : [])));
}

const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/**
 * Entry records of the targets only, each with `keptEntries`, and in all at most `maxBytes` as JSON
 * (the oldest entries across all dockets go first).
 */
export function pruneEntries(
  cache: Record<string, EntriesRecord>,
  targets: readonly DocketTarget[],
  today: string,
  maxBytes = MAX_STORED_BYTES,
): Record<string, EntriesRecord> {
  const out: Record<string, EntriesRecord> = {};
  for (const t of targets) {
    const r = cache[docketKey(t)];
    if (r && r.caseId === t.caseId) out[docketKey(t)] = { ...r, entries: keptEntries(r.entries, t.since, today) };
  }
  while (bytesOf(out) > maxBytes) {
    const oldest = Object.values(out)
      .filter((r) => r.entries.length > 0)
      .sort((a, b) => newestFirst(b.entries.at(-1)!, a.entries.at(-1)!))[0];
    if (!oldest) break;
    oldest.entries = oldest.entries.slice(0, -1);
  }
  return out;
}
