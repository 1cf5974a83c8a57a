/**
 * What the hover card shows for a marked id: who it is (with the sources for that), their role in the
 * case or cases the page is about (each role with its own sources), that case's status and latest
 * event (each with its own sources), and how many other cases they are in. Pure: ids, the dataset
 * index and the page's cases and mention counts in, plain view data out.
 */
import { dateOrder } from '../dataset/date-spec';
import type { Case, CaseEvent, MentionType, Source } from '../dataset/schema';
import { isStale } from '../status';
import { caseScores, type DatasetIndex } from '../view/dataset-index';
import { latestEvent } from '../view/page-groups';

/** At most this many roles on one card when the page is about several of the entity's cases. */
export const MAX_CARD_ROLES = 3;

export interface CaseCardView {
  item: Case;
  latest?: CaseEvent;
  /** The status date is older than the staleness limit. */
  stale: boolean;
}

export interface CardRoleView {
  caseId: string;
  caseShortName: string;
  role: string;
  uncertain: boolean;
  sources: Source[];
}

export interface CardView {
  id: string;
  kind: MentionType;
  name: string;
  /** What part of the name is unconfirmed, if any. */
  nameNote?: string;
  /** Title or role in the world; for a case, its caption. */
  title: string;
  summary: string;
  /** Sources for the title and summary (who they are); for a case, none (its status has its own). */
  sources: Source[];
  /** Their role in each case shown, the main one first. */
  roles: CardRoleView[];
  /** The main case: its status and latest event. */
  case?: CaseCardView;
  /** Cases they are in that the card does not show. */
  otherCases: number;
}

/**
 * The cases to show among `cases`: those the page is about (most mentioned first, at most
 * MAX_CARD_ROLES); when the page is about none of them, the one the page mentions most, else the one
 * with the newest status.
 */
export function pickCases(cases: readonly Case[], pageCaseIds: ReadonlySet<string>, scores: ReadonlyMap<string, number>): Case[] {
  const byScore = (a: Case, b: Case) =>
    (scores.get(b.id) ?? 0) - (scores.get(a.id) ?? 0) || dateOrder(b.statusAsOf) - dateOrder(a.statusAsOf);
  const onPage = cases.filter((c) => pageCaseIds.has(c.id)).sort(byScore);
  if (onPage.length > 0) return onPage.slice(0, MAX_CARD_ROLES);
  const best = [...cases].sort(byScore)[0];
  return best ? [best] : [];
}

function caseCard(item: Case, now: Date): CaseCardView {
  const latest = latestEvent(item);
  return { item, stale: isStale(item.statusAsOf, now), ...(latest ? { latest } : {}) };
}

/**
 * The card for a marked id, or undefined when the dataset doesn't know it. `pageCaseIds`: the cases the
 * page is about (lib/match relevance); `counts`: how often each id is mentioned on it.
 */
export function cardViewFor(
  id: string,
  index: DatasetIndex,
  page: { counts: Readonly<Record<string, number>>; caseIds: readonly string[] },
  now: Date,
): CardView | undefined {
  const item = index.case(id);
  if (item) {
    return { id, kind: 'case', name: item.shortName, title: item.caption, summary: item.statusLine, sources: [], roles: [], case: caseCard(item, now), otherCases: 0 };
  }
  const entity = index.entity(id);
  if (!entity) return undefined;
  const theirs = index.casesOf(id);
  const shown = pickCases(theirs, new Set(page.caseIds), caseScores(page.counts, index));
  const roles = shown.flatMap((c): CardRoleView[] => {
    const r = entity.roles.find((x) => x.caseId === c.id);
    return r ? [{ caseId: c.id, caseShortName: c.shortName, role: r.role, uncertain: r.uncertain === true, sources: r.sources }] : [];
  });
  const main = shown[0];
  return {
    id,
    kind: entity.type,
    name: entity.name,
    ...(entity.nameNote ? { nameNote: entity.nameNote } : {}),
    title: entity.title,
    summary: entity.summary,
    sources: entity.sources,
    roles,
    ...(main ? { case: caseCard(main, now) } : {}),
    otherCases: theirs.length - shown.length,
  };
}
