import { describe, expect, it } from 'vitest';
import type { Case, Dataset, Entity } from '../../../lib/dataset/schema';
import { cardViewFor, pickCases } from '../../../lib/hover/card-view';
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

const page = (counts: Record<string, number>, caseIds: string[] = []) => ({ counts, caseIds });

describe('cardViewFor', () => {
  it('shows a person with the case of the newest status when the page is about none of theirs', () => {
    const v = cardViewFor('judge', index, page({ judge: 1 }), now);
    expect(v).toMatchObject({ kind: 'person', name: 'JUDGE', title: 'judge title', otherCases: 1 });
    expect(v?.roles.map((r) => r.role)).toEqual(['role in new-case']);
    expect(v?.case?.item.id).toBe('new-case');
    expect(v?.case?.stale).toBe(false);
    expect(v?.case?.latest?.text).toBe('newest');
  });

  it('names the case the page is about, not their newest one', () => {
    const v = cardViewFor('judge', index, page({ judge: 1 }, ['old-case']), now);
    expect(v?.case?.item.id).toBe('old-case');
    expect(v?.roles.map((r) => r.caseId)).toEqual(['old-case']);
    expect(v?.otherCases).toBe(1);
    expect(v?.case?.stale).toBe(true);
  });

  it('gives a role per case when the page is about several, the most mentioned first', () => {
    const v = cardViewFor('judge', index, page({ judge: 1, 'old-case': 3 }, ['new-case', 'old-case']), now);
    expect(v?.roles.map((r) => r.caseId)).toEqual(['old-case', 'new-case']);
    expect(v?.case?.item.id).toBe('old-case');
    expect(v?.otherCases).toBe(0);
  });

  it('keeps each claim with its own sources', () => {
    const v = cardViewFor('judge', index, page({ judge: 1 }, ['old-case']), now)!;
    expect(v.sources).toEqual(src);
    expect(v.roles[0]!.sources).toEqual(src);
    expect(v.case!.item.statusSources).toEqual(src);
    expect(v.case!.latest!.sources).toEqual(src);
  });

  it('shows a case mention as the case itself', () => {
    expect(cardViewFor('old-case', index, page({}), now)).toMatchObject({ kind: 'case', name: 'old-case', summary: 'old-case is pending', roles: [] });
  });

  it('shows a court with the case on the page in that court', () => {
    const v = cardViewFor('court-a', index, page({ 'old-case': 1 }, ['old-case']), now);
    expect(v).toMatchObject({ kind: 'court', name: 'COURT-A' });
    expect(v?.case?.item.id).toBe('old-case');
    expect(v?.roles).toEqual([]);
  });

  it('shows someone without a case, and nothing for an unknown id', () => {
    expect(cardViewFor('loner', index, page({}), now)?.case).toBeUndefined();
    expect(cardViewFor('nobody', index, page({}), now)).toBeUndefined();
  });
});

describe('pickCases', () => {
  const cases = [kase('a', '2025-01-01'), kase('b', '2025-06-01'), kase('c', 'after 2025-06-01'), kase('d', '2024')];
  it.each([
    [[], {}, ['c']],
    [[], { a: 5 }, ['a']],
    [['a', 'b', 'c', 'd'], { d: 1 }, ['d', 'c', 'b']],
  ] as [string[], Record<string, number>, string[]][])('page about %j, scores %j: %j', (onPage, scores, want) => {
    expect(pickCases(cases, new Set(onPage), new Map(Object.entries(scores))).map((c) => c.id)).toEqual(want);
  });
});
