import { describe, expect, it } from 'vitest';
import { docketEntriesPath, docketSearchPath, recapSearchPath } from '../../../lib/updates/courtlistener/paths';
import { nextTask } from '../../../lib/updates/courtlistener/plan';
import {
  CASE_COURTS, courtListenerTargets, docketNumberCore, docketNumbersFor, sameDocketNumber, supremeCourtDockets,
} from '../../../lib/updates/courtlistener/targets';
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

  it.each([
    // CourtListener's make_docket_number_core: year and serial, the serial padded to 5 (district) or 6 digits.
    ['8:25-cv-00951', '2500951'],
    ['1:25-cv-00766', '2500766'],
    ['25-1345', '25001345'],
    ['24A949', null],
  ])('the core number of %s is %s', (number, core) => {
    expect(docketNumberCore(number)).toBe(core);
  });

  it.each([
    ['8:25-cv-00951', true],
    ['8:25-CV-00951', true],
    ['8:25-cv-00951-PX', true],
    ['8:25-cv-00951-PX-1', false],
    ['8:25-mj-00951', false],
    ['8:25-cv-009510', false],
    [null, false],
  ])('CourtListener’s %s is our 8:25-cv-00951: %s', (theirs, same) => {
    expect(sameDocketNumber(theirs, '8:25-cv-00951')).toBe(same);
  });

  it('reads only cases with a docket and a known court, from the earliest day of their as-of date, and never the Supreme Court', () => {
    const d = miniDataset();
    const cases = [
      { ...d.cases[0]!, id: 'abrego-garcia-i', docket: '8:25-cv-00951-PX', statusAsOf: '2025-12-11' },
      { ...d.cases[0]!, id: 'abrego-garcia-4th-cir', docket: 'No. 25-1345', statusAsOf: '2025-07' },
      { ...d.cases[0]!, id: 'noem-v-abrego-garcia', docket: 'No. 24A949' },
      { ...d.cases[1]!, id: 'us-v-abrego-garcia' },
      { ...d.cases[0]!, id: 'case-nobody-maps', docket: '8:25-cv-00001' },
    ];
    expect(courtListenerTargets({ ...d, cases })).toEqual([
      { caseId: 'abrego-garcia-i', court: 'mdd', docketNumber: '8:25-cv-00951', since: '2025-12-11' },
      { caseId: 'abrego-garcia-4th-cir', court: 'ca4', docketNumber: '25-1345', since: '2025-07-01' },
    ]);
  });

  it('links a Supreme Court docket to supremecourt.gov, in the form the dataset’s sources cite it', () => {
    const c = { ...miniDataset().cases[0]!, id: 'noem-v-abrego-garcia', docket: 'No. 24A949' };
    expect(supremeCourtDockets(c)).toEqual([
      { docketNumber: '24A949', url: 'https://supremecourt.gov/Search.aspx?FileName=%2Fdocket%2Fdocketfiles%2Fhtml%2Fpublic%5C24a949.html' },
    ]);
    expect(supremeCourtDockets({ ...c, id: 'abrego-garcia-i', docket: '8:25-cv-00951' })).toEqual([]);
  });
});

describe('the requests', () => {
  it.each([
    [docketSearchPath('mdd', { docketNumber: '8:25-cv-00951' }), '/api/rest/v4/dockets/?court=mdd&docket_number=8%3A25-cv-00951&fields=id%2Cabsolute_url%2Cdocket_number'],
    [docketSearchPath('mdd', { core: '2500951' }), '/api/rest/v4/dockets/?court=mdd&docket_number_core=2500951&fields=id%2Cabsolute_url%2Cdocket_number'],
    [
      docketEntriesPath(69830, '2025-12-11'),
      '/api/rest/v4/docket-entries/?docket=69830&date_filed__gte=2025-12-11&order_by=-date_filed&fields=id%2Centry_number%2Cdate_filed%2Cdescription%2Crecap_documents__description%2Crecap_documents__document_type',
    ],
    [recapSearchPath('mdd', '8:25-cv-00951'), '/api/rest/v4/search/?type=r&court=mdd&docket_number=8%3A25-cv-00951&order_by=entry_date_filed+desc'],
  ])('%s', (path, expected) => {
    expect(path).toBe(expected);
  });

  it('never asks for the OCR text', () => {
    expect(docketEntriesPath(1, '2025-01-01')).not.toContain('plain_text');
    expect(new URLSearchParams(docketEntriesPath(1, '2025-01-01').split('?')[1]).get('fields')).not.toMatch(/(^|,)recap_documents(,|$)/);
  });
});

describe('which request comes next', () => {
  const a = { caseId: 'abrego-garcia-i', court: 'mdd', docketNumber: '8:25-cv-00951', since: '2025-12-11' };
  const b = { caseId: 'abrego-garcia-4th-cir', court: 'ca4', docketNumber: '25-1345', since: '2025-07-01' };
  const HOUR = 3_600_000;
  const found = (id: number) => ({ found: true as const, id, url: `https://www.courtlistener.com/docket/${id}/`, at: 0 });
  const read = (at: number) => ({ caseId: 'x', docketNumber: 'x', docketUrl: 'x', fetchedAt: at, entries: [] });
  const A = 'mdd|8:25-cv-00951';
  const B = 'ca4|25-1345';

  it.each([
    ['nothing cached: find the first docket by its number', {}, {}, 10 * HOUR, { kind: 'find-docket', target: a }],
    ['not found by number: by its core number, at once', { [A]: { found: false as const, at: 9 * HOUR, by: 'number' as const } }, {}, 10 * HOUR, { kind: 'find-docket', target: a, core: '2500951' }],
    ['an older "not found" record (exact search only): by its core number', { [A]: { found: false as const, at: 9 * HOUR } }, {}, 10 * HOUR, { kind: 'find-docket', target: a, core: '2500951' }],
    ['not found either way: the next docket', { [A]: { found: false as const, at: 9 * HOUR, by: 'core' as const } }, {}, 10 * HOUR, { kind: 'find-docket', target: b }],
    ['not found either way, a week later: by number again', { [A]: { found: false as const, at: 0, by: 'core' as const }, [B]: found(2) }, { [B]: read(9 * HOUR) }, 7 * 24 * HOUR, { kind: 'find-docket', target: a }],
    ['both found: read the entries never read', { [A]: found(1), [B]: found(2) }, { [A]: read(9 * HOUR) }, 10 * HOUR, { kind: 'read-entries', target: b, docketId: 2, docketUrl: 'https://www.courtlistener.com/docket/2/' }],
    ['both read: the one read longest ago, once 6 hours old', { [A]: found(1), [B]: found(2) }, { [A]: read(2 * HOUR), [B]: read(1 * HOUR) }, 7 * HOUR, { kind: 'read-entries', target: b, docketId: 2, docketUrl: 'https://www.courtlistener.com/docket/2/' }],
    ['everything fresh: nothing to do', { [A]: found(1), [B]: found(2) }, { [A]: read(9 * HOUR), [B]: read(9 * HOUR) }, 10 * HOUR, null],
  ])('%s', (_label, dockets, entries, now, expected) => {
    expect(nextTask([a, b], dockets, entries, now)).toEqual(expected);
  });
});
