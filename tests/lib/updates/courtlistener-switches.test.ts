/** CourtListener data lives exactly as long as the switch that allowed it. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_UPDATE_SETTINGS, type UpdateSettings } from '../../../lib/settings';
import { courtListenerKeysToRemove, courtListenerRecordsOf } from '../../../lib/updates/courtlistener/switches';
import { CL_DOCKETS_KEY, CL_ENTRIES_KEY, CL_SEARCH_ENTRIES_KEY } from '../../../lib/updates/keys';

const u = (patch: Partial<UpdateSettings>): UpdateSettings => ({ ...DEFAULT_UPDATE_SETTINGS, ...patch });
const rec = (caseId: string, id: number) => ({ caseId, docketNumber: 'n', docketUrl: 'https://www.courtlistener.com/docket/1/', fetchedAt: 0, entries: [{ id, dateFiled: '2026-01-01', description: 'x', entryNumber: 1 }] });
const stored = { [CL_ENTRIES_KEY]: { a: rec('case-one', 1) }, [CL_SEARCH_ENTRIES_KEY]: { a: rec('case-one', 2), b: rec('case-two', 3) } };

describe('CourtListener switches', () => {
  it.each([
    ['both off: everything of CourtListener', {}, [CL_DOCKETS_KEY, CL_ENTRIES_KEY, CL_SEARCH_ENTRIES_KEY]],
    ['token path on: the search’s entries', { courtListenerEnabled: true, courtListenerToken: 't' }, [CL_SEARCH_ENTRIES_KEY]],
    ['search on: the token path’s dockets and entries', { courtListenerSearchEnabled: true }, [CL_DOCKETS_KEY, CL_ENTRIES_KEY]],
    ['both on: nothing', { courtListenerEnabled: true, courtListenerSearchEnabled: true }, []],
  ])('switched off, its data goes: %s', (_label, patch, keys) => {
    expect(courtListenerKeysToRemove(u(patch))).toEqual(keys);
  });

  it.each([
    ['both off: nothing, and says so (null)', {}, null],
    ['token path on: its entries only', { courtListenerEnabled: true }, [1]],
    ['search on: its entries only', { courtListenerSearchEnabled: true }, [2]],
    ['both on: both', { courtListenerEnabled: true, courtListenerSearchEnabled: true }, [1, 2]],
  ])('shows only what a switch that is on allows: %s', (_label, patch, ids) => {
    const records = courtListenerRecordsOf(u(patch), stored, 'case-one');
    expect(records && records.flatMap((r) => r.entries.map((e) => e.id))).toEqual(ids);
  });

  it('reads stored values of any shape', () => {
    expect(courtListenerRecordsOf(u({ courtListenerSearchEnabled: true }), { [CL_SEARCH_ENTRIES_KEY]: 'junk' }, 'case-one')).toEqual([]);
  });
});
