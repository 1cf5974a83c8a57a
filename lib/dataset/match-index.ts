/**
 * The part of the dataset the matcher needs: ids, names, types, aliases and the cases each entry
 * belongs to. Small enough to ship in the content script, where the full dataset (summaries, events,
 * sources) is not needed to find names.
 */
import type { Alias, Dataset, MentionType } from './schema';

export interface MatchIndexEntry {
  id: string;
  /** Shown as the mention's name. */
  name: string;
  type: MentionType;
  caseIds: string[];
  /** Marked only on a page about one of its cases (`onlyOnCasePages`). */
  caseOnly?: boolean;
  /** For entities, the display name is also an alias; cases are matched by their aliases only. */
  aliasName?: string;
  aliases: readonly Alias[];
}

export interface MatchIndex {
  entries: MatchIndexEntry[];
}

/** The cases each entity takes part in: its roles, the cases it judges, and for a court the cases and events in it. */
export function casesByEntity(dataset: Dataset): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  const link = (entityId: string, caseId: string) => out.set(entityId, (out.get(entityId) ?? new Set()).add(caseId));
  for (const e of dataset.entities) for (const r of e.roles) link(e.id, r.caseId);
  for (const c of dataset.cases) {
    link(c.courtId, c.id);
    for (const j of c.judges) if (j.entityId) link(j.entityId, c.id);
    for (const ev of c.events) link(ev.courtId, c.id);
  }
  return new Map([...out].map(([id, set]) => [id, [...set]]));
}

export function toMatchIndex(dataset: Dataset): MatchIndex {
  const cases = casesByEntity(dataset);
  return {
    entries: [
      ...dataset.entities.map((e) => ({
        id: e.id,
        name: e.name,
        type: e.type,
        caseIds: cases.get(e.id) ?? [],
        ...(e.onlyOnCasePages ? { caseOnly: true } : {}),
        // The name is matched as a full name, unless an alias says how to match that same text ("Katz": contextual).
        ...(e.aliases.some((a) => a.text === e.name) ? {} : { aliasName: e.name }),
        aliases: e.aliases,
      })),
      ...dataset.cases.map((c) => ({ id: c.id, name: c.shortName, type: 'case' as const, caseIds: [c.id], aliases: c.aliases })),
    ],
  };
}
