/**
 * What the hover card shows for a marked id: the entity (or case), the one case to show with it,
 * their role in that case, the case's status and latest event. Pure: ids, dataset index and the
 * page's mention counts in, plain view data out.
 */
import type { Case, CaseEvent, MentionType, Source } from '../dataset/schema';
import { isStale } from '../status';
import type { DatasetIndex } from '../view/dataset-index';
import { latestEvent } from '../view/page-groups';

export interface CaseCardView {
  item: Case;
  latest?: CaseEvent;
  /** The status date is older than the staleness limit. */
  stale: boolean;
}

export interface CardView {
  id: string;
  kind: MentionType;
  name: string;
  /** Title or role in the world; for a case, its caption. */
  title: string;
  summary: string;
  /** Their role in the case shown. */
  role?: string;
  case?: CaseCardView;
  sources: Source[];
}

/** How much the page is about each case: direct mentions plus mentions of the entities in it. */
export function caseScores(counts: Readonly<Record<string, number>>, index: DatasetIndex): Map<string, number> {
  const score = new Map<string, number>();
  for (const [id, n] of Object.entries(counts)) {
    for (const c of index.casesOf(id)) score.set(c.id, (score.get(c.id) ?? 0) + n);
  }
  return score;
}

/** The case to show among `cases`: the one the page is most about, else the newest status. */
export function pickCase(cases: readonly Case[], scores: ReadonlyMap<string, number>): Case | undefined {
  let best: Case | undefined;
  for (const c of cases) {
    if (!best) {
      best = c;
      continue;
    }
    const diff = (scores.get(c.id) ?? 0) - (scores.get(best.id) ?? 0);
    if (diff > 0 || (diff === 0 && c.statusAsOf > best.statusAsOf)) best = c;
  }
  return best;
}

function caseCard(item: Case, now: Date): CaseCardView {
  const latest = latestEvent(item);
  return { item, stale: isStale(item.statusAsOf, now), ...(latest ? { latest } : {}) };
}

/** The card for a marked id, or undefined when the dataset doesn't know it. */
export function cardViewFor(
  id: string,
  index: DatasetIndex,
  counts: Readonly<Record<string, number>>,
  now: Date,
): CardView | undefined {
  const scores = caseScores(counts, index);
  const item = index.case(id);
  if (item) {
    return {
      id,
      kind: 'case',
      name: item.shortName,
      title: item.caption,
      summary: item.statusLine,
      case: caseCard(item, now),
      sources: item.statusSources,
    };
  }
  const entity = index.entity(id);
  if (!entity) return undefined;
  const shown = pickCase(index.casesOf(id), scores);
  const role = shown ? entity.roles.find((r) => r.caseId === shown.id)?.role : undefined;
  return {
    id,
    kind: entity.type,
    name: entity.name,
    title: entity.title,
    summary: entity.summary,
    ...(role ? { role } : {}),
    ...(shown ? { case: caseCard(shown, now) } : {}),
    sources: entity.sources,
  };
}
