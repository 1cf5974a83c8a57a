import { describe, expect, it } from 'vitest';
import type { Case, Dataset, Entity } from '../../../lib/dataset/schema';
import { cardViewFor } from '../../../lib/hover/card-view';
import { indexDataset } from '../../../lib/view/dataset-index';

const src = [{ url: 'https://example.org/a', publisher: 'Example', tier: 'outlet' as const, date: '2025-04-01' }];
const kase = (id: string, statusAsOf: string, courtId = 'court-a'): Case => ({
  id, topic: 't', caption: `${id} caption`, shortName: id, courtId, level: 'district', judges: [], status: 'pending',
  statusLine: `${id} is pending`, statusAsOf, statusSources: src, aliases: [], relatedCaseIds: [],
  events: [
    { id: `${id}-e1`, date: '2025-03-01', courtId, level: 'district', text: 'first', sources: src },
    { id: `${id}-e2`, date: '2025-05-01', courtId, level: 'district', text: 'newest', sources: src },
  ],
});
const entity = (id: string, type: Entity['type'], caseIds: string[]): Entity => ({
  id, type, name: id.toUpperCase(), aliases: [], title: `${id} title`, summary: `${id} summary`, sources: src,
  roles: caseIds.map((caseId) => ({ caseId, role: `role in ${caseId}`, sources: src })),
});
const dataset: Dataset = {
  version: 1, asOf: '2026-02-01', topics: [{ id: 't', label: 'T' }],
  entities: [entity('judge', 'person', ['old-case', 'new-case']), entity('court-a', 'court', []), entity('loner', 'person', [])],
  cases: [kase('old-case', '2025-06-01'), kase('new-case', '2026-01-20')],
};
const index = indexDataset(dataset);
const now = new Date('2026-02-05T00:00:00Z');

describe('cardViewFor', () => {
  it('shows a person with the case of the newest status when the page names no case', () => {
    const v = cardViewFor('judge', index, { judge: 1 }, now);
    expect(v).toMatchObject({ kind: 'person', name: 'JUDGE', title: 'judge title', role: 'role in new-case' });
    expect(v?.case?.item.id).toBe('new-case');
    expect(v?.case?.stale).toBe(false);
    expect(v?.case?.latest?.text).toBe('newest');
  });

  it('prefers the case the page is most about', () => {
    const v = cardViewFor('judge', index, { judge: 1, 'old-case': 3 }, now);
    expect(v?.case?.item.id).toBe('old-case');
    expect(v?.role).toBe('role in old-case');
    expect(v?.case?.stale).toBe(true);
  });

  it('shows a case mention as the case itself', () => {
    expect(cardViewFor('old-case', index, {}, now)).toMatchObject({ kind: 'case', name: 'old-case', summary: 'old-case is pending' });
  });

  it('shows a court with the case on the page in that court', () => {
    const v = cardViewFor('court-a', index, { 'old-case': 1 }, now);
    expect(v).toMatchObject({ kind: 'court', name: 'COURT-A' });
    expect(v?.case?.item.id).toBe('old-case');
    expect(v?.role).toBeUndefined();
  });

  it('shows someone without a case, and nothing for an unknown id', () => {
    expect(cardViewFor('loner', index, {}, now)?.case).toBeUndefined();
    expect(cardViewFor('nobody', index, {}, now)).toBeUndefined();
  });
});
