import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../lib/view/dataset-index';
import { groupPage, latestEvent } from '../../../lib/view/page-groups';
import { buildTimeline, peopleInCase } from '../../../lib/view/timeline';
import { miniDataset } from '../../fixtures/mini-dataset';

const index = indexDataset(miniDataset());
const results = (counts: Record<string, number>, caseIds: string[] = []) => ({ url: 'https://apnews.com/x', counts, caseIds, scannedAt: 0 });

describe('dataset index', () => {
  it('finds the cases of a case, an entity and a court', () => {
    expect(index.casesOf('case-two').map((c) => c.id)).toEqual(['case-two']);
    expect(index.casesOf('person-b').map((c) => c.id).sort()).toEqual(['case-one', 'case-two']);
    expect(index.casesOf('court-d').map((c) => c.id)).toEqual(['case-one', 'case-two']);
    expect(index.casesOf('agency-c')).toEqual([]);
  });
});

describe('groupPage', () => {
  it('ranks the cases a page is about by the mentions that point to them', () => {
    const g = groupPage(results({ 'judge-a': 3, 'person-b': 1 }, ['case-two', 'case-one']), index);
    expect(g.cases.map((c) => c.item.id)).toEqual(['case-one', 'case-two']);
    expect(g.cases[0]!.mentions).toBe(4);
    expect(g.cases[0]!.latestEvent?.id).toBe('one-2');
  });

  it('lists only the cases the page is about, not every case of every name on it', () => {
    const g = groupPage(results({ 'person-b': 1 }, ['case-two']), index);
    expect(g.cases.map((c) => c.item.id)).toEqual(['case-two']);
  });

  it('groups people apart from organizations, places and courts, most mentioned first', () => {
    const g = groupPage(results({ 'agency-c': 2, 'person-b': 1, 'judge-a': 5, 'court-e': 1 }), index);
    expect(g.people.map((p) => p.entity.id)).toEqual(['judge-a', 'person-b']);
    expect(g.others.map((p) => p.entity.id)).toEqual(['agency-c', 'court-e']);
    expect(g.total).toBe(4);
  });

  it("gives each person's role in the case the page is most about", () => {
    const g = groupPage(results({ 'judge-a': 5, 'person-b': 1 }, ['case-one', 'case-two']), index);
    expect(g.people.find((p) => p.entity.id === 'person-b')!.caseRole).toEqual({ caseShortName: 'Case one', role: 'Plaintiff' });
  });

  it('ignores ids the dataset does not know and handles an empty page', () => {
    expect(groupPage(results({ ghost: 9 }), index)).toEqual({ cases: [], people: [], others: [], total: 0 });
  });
});

describe('timeline across courts', () => {
  const one = index.case('case-one')!;
  it('merges related cases, newest first, labelled with their court', () => {
    const t = buildTimeline(one, index);
    expect(t.map((e) => e.event.id)).toEqual(['two-1', 'one-2', 'one-1']);
    expect(t.map((e) => e.level)).toEqual(['criminal', 'appeals', 'district']);
    expect(t[1]!.courtName).toBe('Appeals Court E');
    expect(t.every((e) => !e.isNew)).toBe(true);
  });
  it('marks the events the reader has not seen', () => {
    const t = buildTimeline(one, index, new Set(['one-1', 'one-2']));
    expect(t.filter((e) => e.isNew).map((e) => e.event.id)).toEqual(['two-1']);
  });
  it('lists the people of a case with their roles', () => {
    expect(peopleInCase(one, index)).toEqual([
      { id: 'judge-a', name: 'Ada Judge', role: 'Presiding judge', uncertain: false, sources: [expect.objectContaining({ publisher: 'Example News' })] },
      { id: 'person-b', name: 'Ben Party', role: 'Plaintiff', uncertain: false, sources: [expect.objectContaining({ publisher: 'Example News' })] },
    ]);
  });
  it('finds the latest event', () => expect(latestEvent(one)?.id).toBe('one-2'));
});
