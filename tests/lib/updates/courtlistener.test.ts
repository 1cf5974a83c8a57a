import { describe, expect, it } from 'vitest';
import { nextTask } from '../../../lib/updates/courtlistener/plan';
import { courtListenerLink, docketEntriesPath, docketSearchPath, parseDocketEntries, parseDocketSearch } from '../../../lib/updates/courtlistener/responses';
import { CASE_COURTS, courtListenerTargets, docketNumbersFor } from '../../../lib/updates/courtlistener/targets';
import { miniDataset } from '../../fixtures/mini-dataset';

describe('docket numbers as CourtListener writes them', () => {
  it.each([
    ['8:25-cv-00951-PX', 'abrego-garcia-i', ['8:25-cv-00951']],
    ['No. 25-1345 (stay of 4 Apr 2025 order); No. 25-1404 (stay/mandamus re: discovery order)', 'abrego-garcia-4th-cir', ['25-1345', '25-1404']],
    ['No. 24A949', 'noem-v-abrego-garcia', ['24A949']],
    ['25-cv-00766-JEB (D.D.C.; also cited as No. 25-766 (JEB))', 'jgg-v-trump', ['1:25-cv-00766']],
    ['8:25-cv-951', 'abrego-garcia-i', ['8:25-cv-00951']],
    ['25-cv-00951', 'abrego-garcia-i', []],
  ])('%s (%s) → %j', (docket, caseId, expected) => {
    expect(docketNumbersFor(docket, CASE_COURTS[caseId]!)).toEqual(expected);
  });

  it('reads only cases with a docket and a known court', () => {
    const d = miniDataset();
    const cases = [
      { ...d.cases[0]!, id: 'abrego-garcia-i', docket: '8:25-cv-00951-PX' },
      { ...d.cases[1]!, id: 'us-v-abrego-garcia' },
      { ...d.cases[0]!, id: 'case-nobody-maps', docket: '8:25-cv-00001' },
    ];
    expect(courtListenerTargets({ ...d, cases })).toEqual([{ caseId: 'abrego-garcia-i', court: 'mdd', docketNumber: '8:25-cv-00951' }]);
  });
});

describe('CourtListener responses', () => {
  it('finds the docket id and its link', () => {
    const r = parseDocketSearch({ count: 1, results: [{ id: 69830, absolute_url: '/docket/69830/abrego-garcia-v-noem/', case_name: 'x' }] });
    expect(r).toEqual({ ok: true, value: { id: 69830, url: 'https://www.courtlistener.com/docket/69830/abrego-garcia-v-noem/' } });
    expect(parseDocketSearch({ results: [] })).toEqual({ ok: true, value: null });
  });

  it.each([
    ['no results field', { detail: 'Invalid token.' }],
    ['an id that is not a number', { results: [{ id: '1', absolute_url: '/docket/1/' }] }],
    ['a link to another site', { results: [{ id: 1, absolute_url: '//evil.example/x' }] }],
    ['a javascript: link', { results: [{ id: 1, absolute_url: 'javascript:alert(1)' }] }],
  ])('rejects a docket search with %s', (_label, json) => {
    expect(parseDocketSearch(json).ok).toBe(false);
  });

  it('reads the latest entries, keeping only the fields used', () => {
    const r = parseDocketEntries({
      results: [
        { id: 5, date_filed: '2026-03-02', description: ' ORDER granting motion ', entry_number: 412, recap_documents: [] },
        { id: 4, date_filed: null, description: null, entry_number: null },
      ],
    });
    expect(r).toEqual({
      ok: true,
      value: [
        { id: 5, dateFiled: '2026-03-02', description: 'ORDER granting motion', entryNumber: 412 },
        { id: 4, dateFiled: null, description: '', entryNumber: null },
      ],
    });
  });

  it.each([
    ['a malformed date', { results: [{ id: 5, date_filed: 'March 2', description: 'x', entry_number: 1 }] }],
    ['no results', {}],
    ['results that are not a list', { results: 'none' }],
  ])('rejects entries with %s', (_label, json) => {
    expect(parseDocketEntries(json).ok).toBe(false);
  });

  it('builds the two request paths', () => {
    expect(docketSearchPath('mdd', '8:25-cv-00951')).toBe('/api/rest/v4/dockets/?court=mdd&docket_number=8%3A25-cv-00951');
    expect(docketEntriesPath(69830)).toBe('/api/rest/v4/docket-entries/?docket=69830&order_by=-date_filed');
    expect(courtListenerLink('/docket/1/x/')).toBe('https://www.courtlistener.com/docket/1/x/');
  });
});

describe('which request comes next', () => {
  const a = { caseId: 'abrego-garcia-i', court: 'mdd', docketNumber: '8:25-cv-00951' };
  const b = { caseId: 'noem-v-abrego-garcia', court: 'scotus', docketNumber: '24A949' };
  const HOUR = 3_600_000;
  const found = (id: number) => ({ found: true as const, id, url: `https://www.courtlistener.com/docket/${id}/`, at: 0 });
  const read = (at: number) => ({ caseId: 'x', docketNumber: 'x', docketUrl: 'x', fetchedAt: at, entries: [] });

  it.each([
    ['nothing cached: find the first docket', {}, {}, 10 * HOUR, { kind: 'find-docket', target: a }],
    ['one found: find the next', { 'mdd|8:25-cv-00951': found(1) }, {}, 10 * HOUR, { kind: 'find-docket', target: b }],
    ['both found: read the entries never read', { 'mdd|8:25-cv-00951': found(1), 'scotus|24A949': found(2) }, { 'mdd|8:25-cv-00951': read(9 * HOUR) }, 10 * HOUR, { kind: 'read-entries', target: b, docketId: 2, docketUrl: 'https://www.courtlistener.com/docket/2/' }],
    ['everything fresh: nothing to do', { 'mdd|8:25-cv-00951': found(1), 'scotus|24A949': found(2) }, { 'mdd|8:25-cv-00951': read(9 * HOUR), 'scotus|24A949': read(9 * HOUR) }, 10 * HOUR, null],
    ['a docket not on CourtListener is not asked for again soon', { 'mdd|8:25-cv-00951': { found: false as const, at: 9 * HOUR }, 'scotus|24A949': found(2) }, { 'scotus|24A949': read(9 * HOUR) }, 10 * HOUR, null],
  ])('%s', (_label, dockets, entries, now, expected) => {
    expect(nextTask([a, b], dockets, entries, now)).toEqual(expected);
  });
});
