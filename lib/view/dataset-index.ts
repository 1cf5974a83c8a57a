/** Lookups over a dataset, built once: by id, and the cases each entity takes part in. */
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
  const casesOf = new Map<string, Case[]>();
  const link = (id: string, c: Case) => {
    const list = casesOf.get(id) ?? [];
    if (!list.includes(c)) list.push(c);
    casesOf.set(id, list);
  };
  for (const c of dataset.cases) {
    link(c.id, c);
    link(c.courtId, c);
  }
  for (const e of dataset.entities) {
    for (const r of e.roles) {
      const c = cases.get(r.caseId);
      if (c) link(e.id, c);
    }
  }
  return {
    dataset,
    entity: (id) => entities.get(id),
    case: (id) => cases.get(id),
    casesOf: (id) => casesOf.get(id) ?? [],
  };
}
