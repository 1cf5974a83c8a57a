import { describe, expect, it } from 'vitest';
import { describePath, validateDataset } from '../../../lib/dataset/validate';

const TODAY = '2026-11-24';
const src = { url: 'https://example.com/a', publisher: 'Example', tier: 'outlet' as const, date: '2025-04-04' };

function dataset() {
  return {
    version: 1,
    asOf: '2026-02-27',
    topics: [{ id: 'topic-a', label: 'Topic A' }],
    entities: [
      {
        id: 'paula-xinis',
        type: 'person',
        name: 'Paula Xinis',
        aliases: [{ text: 'Xinis', kind: 'surname' }],
        title: 'U.S. District Judge',
        summary: 'Judge in the Maryland cases.',
        sources: [src],
        roles: [{ caseId: 'case-a', role: 'Presiding judge', sources: [src] }],
      },
      {
        id: 'district-of-maryland',
        type: 'court',
        name: 'U.S. District Court for the District of Maryland',
        aliases: [{ text: 'District of Maryland', kind: 'name' }],
        title: 'Federal trial court',
        summary: 'Federal court in Maryland.',
        sources: [src],
        roles: [],
      },
    ],
    cases: [
      {
        id: 'case-a',
        topic: 'topic-a',
        caption: 'A v. B',
        shortName: 'Case A',
        courtId: 'district-of-maryland',
        level: 'district',
        judges: [{ entityId: 'paula-xinis', name: 'Paula Xinis', role: 'District judge' }],
        status: 'pending',
        statusLine: 'Still open.',
        statusAsOf: '2025-12-11',
        statusSources: [src],
        aliases: [],
        relatedCaseIds: [],
        events: [
          { id: 'a-1', date: '2025-04-04', courtId: 'district-of-maryland', level: 'district', text: 'Order.', sources: [src] },
        ],
      },
    ],
  };
}

describe('validateDataset', () => {
  it('accepts a well-formed dataset', () => {
    const r = validateDataset(dataset(), TODAY);
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it.each([
    ['a missing source', (d: ReturnType<typeof dataset>) => (d.entities[0]!.sources = []), 'entities[0] (paula-xinis).sources', 'at least one source'],
    ['a bad id', (d: ReturnType<typeof dataset>) => (d.entities[0]!.id = 'Paula Xinis'), 'entities[0] (Paula Xinis).id', 'kebab-case'],
    ['an unknown status', (d: ReturnType<typeof dataset>) => ((d.cases[0] as { status: string }).status = 'won'), 'cases[0] (case-a).status', ''],
    ['a malformed date', (d: ReturnType<typeof dataset>) => (d.cases[0]!.events[0]!.date = '4 April 2025'), 'cases[0] (case-a).events[0] (a-1).date', 'YYYY-MM-DD'],
    ['a non-http source url', (d: ReturnType<typeof dataset>) => (d.entities[0]!.sources[0] = { ...src, url: 'javascript:alert(1)' }), 'entities[0] (paula-xinis).sources[0].url', ''],
  ])('names the entry and the field for %s', (_label, mutate, where, message) => {
    const d = dataset();
    mutate(d);
    const r = validateDataset(d, TODAY);
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.where)).toContain(where);
    expect(r.problems.find((p) => p.where === where)!.message).toContain(message);
  });

  it.each([
    ['a future date', (d: ReturnType<typeof dataset>) => (d.cases[0]!.statusAsOf = '2027-01-01'), 'cases[0] (case-a).statusAsOf', 'in the future'],
    ['an impossible date', (d: ReturnType<typeof dataset>) => (d.cases[0]!.events[0]!.date = '2025-02-30'), 'cases[0] (case-a).events[0] (a-1).date', 'not a real calendar date'],
    ['a bound after today', (d: ReturnType<typeof dataset>) => (d.cases[0]!.statusAsOf = 'after 2026-11-24'), 'cases[0] (case-a).statusAsOf', 'in the future'],
    ['a plain-http source link', (d: ReturnType<typeof dataset>) => (d.cases[0]!.statusSources[0] = { ...src, url: 'http://example.com/a' }), 'cases[0] (case-a).statusSources[0].url', 'https'],
    ['a source without a tier', (d: ReturnType<typeof dataset>) => (d.entities[0]!.sources = [{ url: src.url, publisher: 'X', date: '2025' } as typeof src]), 'entities[0] (paula-xinis).sources[0].tier', ''],
    ['an unknown topic', (d: ReturnType<typeof dataset>) => (d.cases[0]!.topic = 'nope'), 'cases[0] (case-a).topic', 'unknown topic'],
    ['two roles in one case', (d: ReturnType<typeof dataset>) => d.entities[0]!.roles.push({ caseId: 'case-a', role: 'Witness', sources: [src] }), 'entities[0] (paula-xinis).roles[1].caseId', 'one role per case'],
    ['an unknown case in a role', (d: ReturnType<typeof dataset>) => (d.entities[0]!.roles[0]!.caseId = 'nope'), 'entities[0] (paula-xinis).roles[0].caseId', 'unknown case'],
    ['a court that is not a court', (d: ReturnType<typeof dataset>) => (d.cases[0]!.courtId = 'paula-xinis'), 'cases[0] (case-a).courtId', 'not a court'],
    ['an unknown judge', (d: ReturnType<typeof dataset>) => (d.cases[0]!.judges[0]!.entityId = 'nobody'), 'cases[0] (case-a).judges[0].entityId', 'unknown entity'],
    ['a duplicate id', (d: ReturnType<typeof dataset>) => (d.entities[1]!.id = 'paula-xinis'), 'entities[1] (paula-xinis)', 'duplicate id'],
    ['an alias that starts with an article', (d: ReturnType<typeof dataset>) => d.entities[0]!.aliases.push({ text: 'the Maryland judge', kind: 'name' }), 'entities[0] (paula-xinis).aliases[1].text', 'starts with an article'],
    ['an alias that folds to nothing', (d: ReturnType<typeof dataset>) => (d.entities[0]!.aliases[0]!.text = ' - . '), 'entities[0] (paula-xinis).aliases[0].text', 'empty key'],
    ['a shared alias', (d: ReturnType<typeof dataset>) => d.entities[1]!.aliases.push({ text: 'XINIS', kind: 'name' }), 'entities[0] (paula-xinis).aliases[0].text', 'shared by paula-xinis, district-of-maryland'],
  ])('refuses %s', (_label, mutate, where, message) => {
    const d = dataset();
    mutate(d);
    const r = validateDataset(d, TODAY);
    expect(r.ok).toBe(false);
    const p = r.problems.find((x) => x.where === where);
    expect(p, JSON.stringify(r.problems)).toBeDefined();
    expect(p!.message).toContain(message);
  });

  it('allows an alias shared by entries that all mark it ambiguous', () => {
    const d = dataset();
    d.entities[0]!.aliases.push({ text: 'Maryland', kind: 'name', ambiguous: true } as never);
    d.entities[1]!.aliases.push({ text: 'maryland', kind: 'name', ambiguous: true } as never);
    expect(validateDataset(d, TODAY).ok).toBe(true);
  });

  it('refuses input that is not a dataset at all', () => {
    const r = validateDataset('{"not": "json"', TODAY);
    expect(r.ok).toBe(false);
    expect(r.problems[0]!.where).toBe('(root)');
  });
});

describe('describePath', () => {
  it('names array entries by id', () => {
    expect(describePath({ a: [{ id: 'x' }] }, ['a', 0, 'b'])).toBe('a[0] (x).b');
  });
});
