import { describe, expect, it } from 'vitest';
import { assembleDataset, siteOf, whereWritten, type DatasetFiles } from '../../../lib/dataset/assemble';
import { validateDataset } from '../../../lib/dataset/validate';

const src = (url: string) => ({ url, publisher: 'AP', date: '2025-04-04' });

function files(): DatasetFiles {
  return {
    meta: { version: 1, asOf: '2026-02-27' },
    topics: [{ id: 'abrego', label: 'Abrego' }],
    entityFiles: [
      { file: 'entities/people.json', type: 'person', data: [{ id: 'paula-xinis', name: 'Paula Xinis', aliases: [], title: 'Judge', summary: 'A judge.', sources: [src('https://apnews.com/a')] }] },
      { file: 'entities/courts.json', type: 'court', data: [{ id: 'd-md', name: 'District of Maryland', aliases: [], title: 'Court', summary: 'A court.', sources: [src('https://www.uscourts.gov/x')] }] },
    ],
    caseFiles: [
      {
        file: 'cases/abrego/case-a.json',
        topic: 'abrego',
        data: {
          id: 'case-a', caption: 'A v. B', shortName: 'A', courtId: 'd-md', level: 'district', judges: [], status: 'pending',
          statusLine: 'Open.', statusAsOf: '2025-12', statusSources: [src('https://archives.lincolndailynews.com/x')], aliases: [], relatedCaseIds: [],
          people: [{ entityId: 'paula-xinis', role: 'Presiding judge', sources: [{ ...src('https://blog.example.net/x'), tier: 'weak' }] }],
          events: [{ id: 'a-1', date: '~2025-04', courtId: 'd-md', level: 'district', text: 'Order.', sources: [src('https://apnews.com/b')] }],
        },
      },
    ],
    sites: { 'apnews.com': 'outlet', 'lincolndailynews.com': 'syndicated', 'uscourts.gov': 'primary' },
    denyList: [{ site: 'bad.example', reason: 'invents rulings' }],
  };
}

describe('assembling the hand-written dataset', () => {
  it('gives each entity its file type, each source its site tier, and each person their roles from the case files', () => {
    const { dataset, problems } = assembleDataset(files());
    expect(problems).toEqual([]);
    const checked = validateDataset(dataset, '2026-11-30');
    expect(checked.problems).toEqual([]);
    if (!checked.ok) return;
    const xinis = checked.dataset.entities[0]!;
    expect(xinis.type).toBe('person');
    expect(xinis.sources[0]!.tier).toBe('outlet');
    expect(xinis.roles).toEqual([{ caseId: 'case-a', role: 'Presiding judge', sources: [expect.objectContaining({ tier: 'weak' })] }]);
    expect(checked.dataset.cases[0]!.topic).toBe('abrego');
    // A subdomain finds its site; a source's own tier wins.
    expect(checked.dataset.cases[0]!.statusSources[0]!.tier).toBe('syndicated');
  });

  it.each([
    ['a source from the deny-list', (f: DatasetFiles) => ((f.caseFiles[0]!.data as { events: { sources: unknown[] }[] }).events[0]!.sources = [src('https://news.bad.example/x')]), 'cases/abrego/case-a.json: events[0] (a-1).sources[0].url', 'deny-list (invents rulings)'],
    ['a site with no tier', (f: DatasetFiles) => ((f.caseFiles[0]!.data as { statusSources: unknown[] }).statusSources = [src('https://unknown.example/x')]), 'cases/abrego/case-a.json: statusSources[0].url', 'no tier for the site'],
    ['an unknown person', (f: DatasetFiles) => ((f.caseFiles[0]!.data as { people: { entityId: string }[] }).people[0]!.entityId = 'nobody'), 'cases/abrego/case-a.json: people[0].entityId', 'unknown entity "nobody"'],
    ['a file named unlike its id', (f: DatasetFiles) => (f.caseFiles[0]!.file = 'cases/abrego/case-b.json'), 'cases/abrego/case-b.json: id', 'must match the file name'],
    ['a person in the courts file', (f: DatasetFiles) => ((f.entityFiles[1]!.data as { type?: string }[])[0]!.type = 'person'), 'entities/courts.json: [0] (d-md).type', 'holds courts'],
    ['roles written on an entity', (f: DatasetFiles) => ((f.entityFiles[0]!.data as { roles?: unknown[] }[])[0]!.roles = []), 'entities/people.json: [0] (paula-xinis).roles', 'case files'],
  ])('names the file, entry and field of %s', (_, change, where, message) => {
    const f = files();
    change(f);
    const { problems } = assembleDataset(f);
    expect(problems).toContainEqual({ where, message: expect.stringContaining(message) });
  });

  it('rewrites a validation problem as the place it was written', () => {
    const f = files();
    ((f.caseFiles[0]!.data as { people: { role: string }[] }).people[0]!).role = '';
    ((f.caseFiles[0]!.data as { events: { date: string }[] }).events[0]!).date = '2025-02-30';
    const { dataset, origins } = assembleDataset(f);
    const checked = validateDataset(dataset, '2026-11-30');
    const wheres = checked.problems.map((p) => whereWritten(p.where, origins));
    expect(wheres).toContain('cases/abrego/case-a.json: people[0].role');
    expect(wheres).toContain('cases/abrego/case-a.json: events[0] (a-1).date');
    expect(whereWritten('entities[1] (d-md).summary', origins)).toBe('entities/courts.json: [0] (d-md).summary');
    expect(whereWritten('asOf', origins)).toBe('meta.json: asOf');
  });

  it('finds the longest listed suffix of a host', () => {
    expect(siteOf('https://archives.lincolndailynews.com/2025', { 'lincolndailynews.com': 'syndicated' })).toBe('lincolndailynews.com');
    expect(siteOf('https://crooksandliars.com./x', { 'crooksandliars.com': 'weak' })).toBe('crooksandliars.com');
    expect(siteOf('not a url', {})).toBeUndefined();
  });
});

describe('related cases', () => {
  it('are related both ways, whichever file names the link', () => {
    const f = files();
    const second = structuredClone(f.caseFiles[0]!);
    Object.assign(second, { file: 'cases/abrego/case-b.json' });
    Object.assign(second.data as object, { id: 'case-b', relatedCaseIds: ['case-a'] });
    f.caseFiles.push(second);
    const { dataset } = assembleDataset(f);
    const cases = dataset.cases as { id: string; relatedCaseIds: string[] }[];
    expect(cases.find((c) => c.id === 'case-a')!.relatedCaseIds).toEqual(['case-b']);
    expect(cases.find((c) => c.id === 'case-b')!.relatedCaseIds).toEqual(['case-a']);
  });
});
