/** Lookups over a dataset, built once: by id, and the cases each entity takes part in. */
import { casesByEntity } from '../dataset/match-index';
import type { Case, Dataset, Entity } from '../dataset/schema';

export interface DatasetIndex {
  dataset: Dataset;
  entity(id: string): Entity | undefined;
  case(id: string): Case | undefined;
  /** The cases a mention of this id points to: the case itself, an entity's cases, a court's cases. */
  casesOf(id: string): Case[];
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const entities = new Map(dataset.entities.map((e) => [e.id, e]));
  const cases = new Map(dataset.cases.map((c) => [c.id, c]));
  const casesOf = new Map<string, Case[]>(dataset.cases.map((c) => [c.id, [c]]));
  for (const [id, caseIds] of casesByEntity(dataset)) {
    casesOf.set(id, caseIds.map((c) => cases.get(c)).filter((c): c is Case => c !== undefined));
  }
  return {
    dataset,
    entity: (id) => entities.get(id),
    case: (id) => cases.get(id),
    casesOf: (id) => casesOf.get(id) ?? [],
  };
}

/** How much the page is about each case: direct mentions plus mentions of the entities in it. */
export function caseScores(counts: Readonly<Record<string, number>>, index: DatasetIndex): Map<string, number> {
  const score = new Map<string, number>();
  for (const [id, n] of Object.entries(counts)) {
    for (const c of index.casesOf(id)) score.set(c.id, (score.get(c.id) ?? 0) + n);
  }
  return score;
}
