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
  /** For entities, the display name is also an alias; cases are matched by their aliases only. */
  aliasName?: string;
  aliases: readonly Alias[];
}

export interface MatchIndex {
  entries: MatchIndexEntry[];
}

export function toMatchIndex(dataset: Dataset): MatchIndex {
  return {
    entries: [
      ...dataset.entities.map((e) => ({
        id: e.id,
        name: e.name,
        type: e.type,
        caseIds: e.roles.map((r) => r.caseId),
        // The name is matched as a full name, unless an alias says how to match that same text ("Katz": contextual).
        ...(e.aliases.some((a) => a.text === e.name) ? {} : { aliasName: e.name }),
        aliases: e.aliases,
      })),
      ...dataset.cases.map((c) => ({ id: c.id, name: c.shortName, type: 'case' as const, caseIds: [c.id], aliases: c.aliases })),
    ],
  };
}
