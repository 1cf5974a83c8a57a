/**
 * One timeline across a case's courts: its own events and those of its related cases, newest first,
 * each labelled with its case and court level, and marked new when the reader hasn't seen it.
 */
import type { Case, CaseEvent, CourtLevel } from '../dataset/schema';
import type { DatasetIndex } from './dataset-index';

export interface TimelineEntry {
  event: CaseEvent;
  caseId: string;
  caseShortName: string;
  level: CourtLevel;
  courtName: string;
  isNew: boolean;
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
  return entries.sort((a, b) => (a.event.date === b.event.date ? 0 : a.event.date < b.event.date ? 1 : -1));
}

/** The people of a case with their role in it, in dataset order. */
export function peopleInCase(c: Case, index: DatasetIndex): { id: string; name: string; role: string }[] {
  return index.dataset.entities.flatMap((e) =>
    e.type !== 'person' ? [] : e.roles.filter((r) => r.caseId === c.id).map((r) => ({ id: e.id, name: e.name, role: r.role })),
  );
}
