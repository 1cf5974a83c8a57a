/**
 * What the popup shows for a tab: the cases the page is about, then everything found, grouped.
 * Pure: page results and the dataset in, plain view data out.
 */
import { dateOrder } from '../dataset/date-spec';
import type { Case, CaseEvent, Entity } from '../dataset/schema';
import type { PageResults } from '../protocol';
import { caseScores, type DatasetIndex } from './dataset-index';

export interface FoundEntity {
  entity: Entity;
  mentions: number;
  /** Their role in the case the page is most about, when they have one. */
  caseRole?: { caseShortName: string; role: string };
}

export interface FoundCase {
  item: Case;
  mentions: number;
  latestEvent?: CaseEvent;
}

export interface PageGroups {
  cases: FoundCase[];
  people: FoundEntity[];
  /** Organizations, places and courts. */
  others: FoundEntity[];
  total: number;
}

/** The newest event of a case (by date; ties keep dataset order). */
export function latestEvent(c: Case): CaseEvent | undefined {
  return c.events.reduce<CaseEvent | undefined>((best, ev) => (!best || dateOrder(ev.date) > dateOrder(best.date) ? ev : best), undefined);
}

/**
 * The cases the page is about (lib/match relevance, in the results), most mentioned first: a case's
 * score is its own mentions plus those of every name in it.
 */
function rankCases(results: PageResults, index: DatasetIndex): FoundCase[] {
  const score = caseScores(results.counts, index);
  return results.caseIds
    .map((id) => ({ item: index.case(id), mentions: score.get(id) ?? 0 }))
    .filter((x): x is { item: Case; mentions: number } => x.item !== undefined)
    .sort((a, b) => b.mentions - a.mentions || dateOrder(b.item.statusAsOf) - dateOrder(a.item.statusAsOf))
    .map((x) => ({ ...x, latestEvent: latestEvent(x.item) }));
}

export function groupPage(results: PageResults, index: DatasetIndex): PageGroups {
  const cases = rankCases(results, index);
  const caseOrder = cases.map((c) => c.item.id);
  const found: FoundEntity[] = [];
  for (const [id, mentions] of Object.entries(results.counts)) {
    const entity = index.entity(id);
    if (!entity) continue;
    const role = [...entity.roles].sort((a, b) => rank(caseOrder, a.caseId) - rank(caseOrder, b.caseId))[0];
    const roleCase = role ? index.case(role.caseId) : undefined;
    found.push({
      entity,
      mentions,
      ...(role && roleCase ? { caseRole: { caseShortName: roleCase.shortName, role: role.role } } : {}),
    });
  }
  found.sort((a, b) => b.mentions - a.mentions || a.entity.name.localeCompare(b.entity.name));
  return {
    cases,
    people: found.filter((f) => f.entity.type === 'person'),
    others: found.filter((f) => f.entity.type !== 'person'),
    total: Object.keys(results.counts).filter((id) => index.entity(id) ?? index.case(id)).length,
  };
}

function rank(order: string[], id: string): number {
  const i = order.indexOf(id);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}
