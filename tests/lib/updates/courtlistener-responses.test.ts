/** CourtListener's answers, in the shapes its API really sends (tests/fixtures/courtlistener.ts), read with zod. */
import { describe, expect, it } from 'vitest';
import { ENTRY_FIELDS } from '../../../lib/updates/courtlistener/paths';
import { courtListenerLink, MAX_DESCRIPTION_CHARS, parseDocketEntries, parseDocketSearch } from '../../../lib/updates/courtlistener/responses';
import { parseRecapSearch } from '../../../lib/updates/courtlistener/search-response';
import { cursorPageOf, docket, docketEntry, pageOf, searchDocket, searchPageOf, withFields, type EntrySpec } from '../../fixtures/courtlistener';

const ours = '8:25-cv-00951';
const target = { caseId: 'abrego-garcia-i', court: 'mdd', docketNumber: ours, since: '2025-12-11' };

describe('a docket search (/dockets/)', () => {
  it('finds the docket whose number is ours, in the full shape and with fields=', () => {
    const full = cursorPageOf([docket(69830, ours)], 'court=mdd&docket_number=8%3A25-cv-00951');
    const trimmed = { ...full, results: full.results.map((r) => withFields(r, 'id,absolute_url,docket_number')) };
    for (const json of [full, trimmed]) {
      expect(parseDocketSearch(json, ours)).toEqual({ ok: true, value: { id: 69830, url: 'https://www.courtlistener.com/docket/69830/abrego-garcia-v-noem/' } });
    }
    expect(parseDocketSearch(cursorPageOf([], 'x'), ours)).toEqual({ ok: true, value: null });
  });

  it('takes, among duplicates and other case types with the same core number, the one whose number is ours', () => {
    const json = cursorPageOf([docket(1, '8:25-mj-00951', '/docket/1/x/'), docket(2, '8:25-cv-00951-PX', '/docket/2/y/'), docket(3, '8:25-cv-00951', '/docket/3/z/')], 'x');
    expect(parseDocketSearch(json, ours)).toEqual({ ok: true, value: { id: 2, url: 'https://www.courtlistener.com/docket/2/y/' } });
    expect(parseDocketSearch(cursorPageOf([docket(1, '8:25-mj-00951')], 'x'), ours)).toEqual({ ok: true, value: null });
  });

  it.each([
    ['no results field', { detail: 'Invalid token.' }],
    ['an id that is not a number', { results: [{ id: '1', absolute_url: '/docket/1/', docket_number: ours }] }],
    ['a link to another site', { results: [{ id: 1, absolute_url: '//evil.example/x', docket_number: ours }] }],
    ['a javascript: link', { results: [{ id: 1, absolute_url: 'javascript:alert(1)', docket_number: ours }] }],
    ['a link of 100,000 characters', { results: [{ id: 1, absolute_url: `/docket/1/${'x'.repeat(100_000)}/`, docket_number: ours }] }],
  ])('rejects a docket search with %s', (_label, json) => {
    expect(parseDocketSearch(json, ours).ok).toBe(false);
  });
});

const specs: EntrySpec[] = [
  { id: 902, entry: 455, date: '2026-01-08', description: 'ORDER setting status conference', main: 'Order' },
  // CourtListener often leaves the entry's description empty; the main document's short description stands in.
  { id: 901, entry: 454, date: '2026-01-07', description: '', main: 'Motion to Compel', attachments: 2 },
  { id: 900, entry: null, date: null, description: '  ', main: '' },
];

describe('docket entries (/docket-entries/)', () => {
  it('reads id, date, number and description, from the full shape (OCR text and all) and from our fields=', () => {
    const full = pageOf(specs.map((e) => docketEntry(e)), 57);
    const trimmed = { ...full, results: full.results.map((r) => withFields(r, ENTRY_FIELDS)) };
    expect(trimmed.results[1]).toEqual({
      id: 901, entry_number: 454, date_filed: '2026-01-07', description: '',
      recap_documents: [{ description: 'Motion to Compel', document_type: 1 }, { description: 'Exhibit 1', document_type: 2 }, { description: 'Exhibit 2', document_type: 2 }],
    });
    const expected = [
      { id: 902, dateFiled: '2026-01-08', description: 'ORDER setting status conference', entryNumber: 455 },
      { id: 901, dateFiled: '2026-01-07', description: 'Motion to Compel', entryNumber: 454 },
      { id: 900, dateFiled: null, description: '', entryNumber: null },
    ];
    expect(parseDocketEntries(full)).toEqual({ ok: true, value: expected });
    expect(parseDocketEntries(trimmed)).toEqual({ ok: true, value: expected });
  });

  it('never takes an attachment’s description for the entry’s', () => {
    const only = docketEntry({ id: 5, entry: 1, date: '2026-01-01', description: '', main: '', attachments: 1 });
    expect(parseDocketEntries(pageOf([only]))).toMatchObject({ ok: true, value: [{ description: '' }] });
  });

  it('cuts a very long description', () => {
    const long = docketEntry({ id: 5, entry: 1, date: '2026-01-01', description: 'x'.repeat(50_000) });
    const r = parseDocketEntries(pageOf([long]));
    expect(r.ok && r.value[0]!.description.length).toBe(MAX_DESCRIPTION_CHARS);
  });

  it.each([
    ['a malformed date', { results: [{ id: 5, date_filed: 'March 2', description: 'x', entry_number: 1 }] }],
    ['no results', {}],
    ['results that are not a list', { results: 'none' }],
    ['a document type that is not a number', { results: [{ id: 5, date_filed: null, description: '', entry_number: 1, recap_documents: [{ document_type: 'main' }] }] }],
  ])('rejects entries with %s', (_label, json) => {
    expect(parseDocketEntries(json).ok).toBe(false);
  });
});

describe('the search API (type r, no token)', () => {
  const docs: [EntrySpec, number][] = [[specs[0]!, 0], [specs[1]!, 0], [specs[1]!, 1]];

  it('reads our docket’s newest documents as entries, one per entry, the main document’s short description standing in', () => {
    const json = searchPageOf([searchDocket({ id: 69830, court: 'mdd', docketNumber: ours, documents: docs })], 3);
    expect(parseRecapSearch(json, target)).toEqual({
      ok: true,
      value: {
        url: 'https://www.courtlistener.com/docket/69830/abrego-garcia-v-noem/',
        entries: [
          { id: 902, dateFiled: '2026-01-08', description: 'ORDER setting status conference', entryNumber: 455 },
          { id: 901, dateFiled: '2026-01-07', description: 'Motion to Compel', entryNumber: 454 },
        ],
      },
    });
  });

  it('takes only the result with our court and our number (the search matches numbers loosely)', () => {
    const json = searchPageOf([
      searchDocket({ id: 1, court: 'mdd', docketNumber: '8:25-cv-00952', url: '/docket/1/other/', documents: docs }),
      searchDocket({ id: 2, court: 'mdd', docketNumber: ours, url: '/docket/2/ours/', documents: [docs[0]!] }),
    ], 4);
    expect(parseRecapSearch(json, target)).toMatchObject({ ok: true, value: { url: 'https://www.courtlistener.com/docket/2/ours/', entries: [{ id: 902 }] } });
    const elsewhere = searchPageOf([searchDocket({ id: 3, court: 'dcd', docketNumber: ours, documents: docs })], 3);
    expect(parseRecapSearch(elsewhere, target)).toEqual({ ok: true, value: null });
  });

  it('keeps an undated document’s entry undated', () => {
    const json = searchPageOf([searchDocket({ id: 1, court: 'mdd', docketNumber: ours, documents: [[specs[2]!, 0]] })], 1);
    expect(parseRecapSearch(json, target)).toMatchObject({ ok: true, value: { entries: [{ id: 900, dateFiled: null, description: '' }] } });
  });

  it.each([
    ['the REST shape instead', pageOf([docketEntry(specs[0]!)])],
    ['a docket link to another site', searchPageOf([searchDocket({ id: 1, court: 'mdd', docketNumber: ours, url: 'https://evil.example/', documents: docs })], 3)],
    ['a document without its entry id', { results: [{ ...searchDocket({ id: 1, court: 'mdd', docketNumber: ours, documents: [] }), recap_documents: [{ description: 'x' }] }] }],
  ])('rejects %s', (_label, json) => {
    expect(parseRecapSearch(json, target).ok).toBe(false);
  });

  it('links only to courtlistener.com', () => {
    expect(courtListenerLink('/docket/1/x/')).toBe('https://www.courtlistener.com/docket/1/x/');
    expect(courtListenerLink('https://www.courtlistener.com/docket/1/')).toBeNull();
  });
});
