/**
 * One timeline across a case's courts: its own events and those of its related cases, newest first,
 * each labelled with its case and court level, and marked new when the reader hasn't seen it.
 */
import { newestFirst } from '../dataset/date-spec';
import type { Case, CaseEvent, CourtLevel, Source } from '../dataset/schema';
import { COURTLISTENER_ORIGIN } from '../updates/courtlistener/responses';
import type { EntriesRecord } from '../updates/courtlistener/store';
import { unreviewedSince } from '../updates/courtlistener/targets';
import type { DatasetIndex } from './dataset-index';

export interface TimelineEntry {
  event: CaseEvent;
  caseId: string;
  caseShortName: string;
  level: CourtLevel;
  courtName: string;
  isNew: boolean;
  /** Set on a docket entry read from CourtListener: not reviewed by us, shown as such. */
  courtListener?: { docketUrl: string; docketNumber: string; entryNumber: number | null };
}

export const LEVEL_LABELS: Record<CourtLevel, string> = {
  district: 'District court',
  appeals: 'Court of appeals',
  supreme: 'Supreme Court',
  criminal: 'Criminal court',
  immigration: 'Immigration court',
};

/** `seen`: event ids the reader has seen, or undefined on a first visit (nothing is new then). */
export function buildTimeline(c: Case, index: DatasetIndex, seen?: ReadonlySet<string>): TimelineEntry[] {
  const cases = [c, ...c.relatedCaseIds.map((id) => index.case(id)).filter((x): x is Case => x !== undefined)];
  const entries = cases.flatMap((k) =>
    k.events.map((event) => ({
      event,
      caseId: k.id,
      caseShortName: k.shortName,
      level: event.level,
      courtName: index.entity(event.courtId)?.name ?? event.courtId,
      isNew: seen !== undefined && !seen.has(event.id),
    })),
  );
  return entries.sort((a, b) => newestFirst(a.event.date, b.event.date));
}

export interface CasePerson {
  id: string;
  name: string;
  nameNote?: string;
  role: string;
  uncertain: boolean;
  sources: Source[];
}

/** The people of a case with their role in it (and its sources), in dataset order. */
export function peopleInCase(c: Case, index: DatasetIndex): CasePerson[] {
  return index.dataset.entities.flatMap((e) =>
    e.type !== 'person'
      ? []
      : e.roles
          .filter((r) => r.caseId === c.id)
          .map((r) => ({ id: e.id, name: e.name, ...(e.nameNote ? { nameNote: e.nameNote } : {}), role: r.role, uncertain: r.uncertain === true, sources: r.sources })),
  );
}

/**
 * Docket entries read from CourtListener for these cases, as timeline entries: only those filed since the
 * date the case's own data holds as of (`unreviewedSince`; older ones are what the dataset already
 * reviewed), each once (the token path and the search may both have it), and only with a link on
 * courtlistener.com.
 */
export function courtListenerTimeline(cases: readonly Case[], index: DatasetIndex, records: readonly EntriesRecord[]): TimelineEntry[] {
  const seen = new Set<number>();
  return records.flatMap((r) => {
    const k = cases.find((c) => c.id === r.caseId);
    if (!k || !r.docketUrl.startsWith(`${COURTLISTENER_ORIGIN}/`)) return [];
    return r.entries.flatMap((e) => {
      if (!e.dateFiled || e.dateFiled < unreviewedSince(k.statusAsOf) || seen.has(e.id)) return [];
      seen.add(e.id);
      const text = e.description || (e.entryNumber === null ? 'Docket entry' : `Docket entry ${e.entryNumber}`);
      const event: CaseEvent = {
        id: `courtlistener-${e.id}`, date: e.dateFiled, courtId: k.courtId, level: k.level, text,
        sources: [{ url: r.docketUrl, publisher: 'CourtListener', tier: 'primary', date: e.dateFiled }],
      };
      return [{
        event, caseId: k.id, caseShortName: k.shortName, level: k.level, courtName: index.entity(k.courtId)?.name ?? k.courtId,
        isNew: false, courtListener: { docketUrl: r.docketUrl, docketNumber: r.docketNumber, entryNumber: e.entryNumber },
      }];
    });
  });
}

/** Two timelines as one, newest first (stable for equal dates). */
export function mergeTimelines(a: TimelineEntry[], b: TimelineEntry[]): TimelineEntry[] {
  return [...a, ...b].sort((x, y) => newestFirst(x.event.date, y.event.date));
}
