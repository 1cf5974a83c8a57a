// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { SidePanelApp } from '../../entrypoints/sidepanel/sidepanel-app';
import type { EntriesRecord } from '../../lib/updates/courtlistener/store';
import type { PanelGateway } from '../../lib/view/gateway';
import { miniDataset } from '../fixtures/mini-dataset';
import { render } from '../support/render';

const NOW = new Date('2026-03-01T00:00:00Z');
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const record: EntriesRecord = {
  caseId: 'case-one',
  docketNumber: '1:25-cv-00001',
  docketUrl: 'https://www.courtlistener.com/docket/42/party-v-agency/',
  fetchedAt: 0,
  entries: [
    { id: 7, dateFiled: '2026-01-05', description: '<b>ORDER</b> setting a hearing', entryNumber: 90 },
    { id: 6, dateFiled: '2025-12-01', description: 'Before the case data’s date: already reviewed', entryNumber: 80 },
    { id: 5, dateFiled: null, description: 'Undated', entryNumber: null },
  ],
};

function gateway(records: EntriesRecord[]): PanelGateway {
  return {
    load: async () => ({ tabId: 1, results: null, focusCaseId: 'case-one' }),
    seenEvents: async () => undefined,
    markSeen: async () => undefined,
    courtListenerEntries: async (id) => records.filter((r) => r.caseId === id),
    subscribe: () => () => undefined,
  };
}

describe('side panel with CourtListener entries', () => {
  it('shows entries filed after the case data’s date, marked as not yet reviewed, with a link to the docket', async () => {
    const { container, unmount } = await render(<SidePanelApp dataset={miniDataset()} gateway={gateway([record])} now={NOW} />);
    cleanup = unmount;
    const events = [...container.querySelectorAll('.cl-event')];
    expect(events.map((e) => e.querySelector('p')!.textContent)).toEqual([
      '<b>ORDER</b> setting a hearing', 'Indictment unsealed.', 'Stay denied.', 'Complaint filed.',
    ]);
    const first = events[0]!;
    expect(first.querySelector('time')!.getAttribute('dateTime')).toBe('2026-01-05');
    expect(first.textContent).toContain('From CourtListener, not yet reviewed');
    expect(first.querySelector('b')).toBeNull();
    const link = first.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://www.courtlistener.com/docket/42/party-v-agency/');
    expect(link.textContent).toBe('Docket 1:25-cv-00001, entry 90 on CourtListener');
  });

  it('shows nothing from a record whose link leaves courtlistener.com', async () => {
    const bad = { ...record, docketUrl: 'https://evil.example/docket/42/' };
    const { container, unmount } = await render(<SidePanelApp dataset={miniDataset()} gateway={gateway([bad])} now={NOW} />);
    cleanup = unmount;
    expect(container.textContent).not.toContain('From CourtListener');
  });

  it('works with a gateway that has no CourtListener entries at all', async () => {
    const { courtListenerEntries: _unused, ...plain } = gateway([record]);
    const { container, unmount } = await render(<SidePanelApp dataset={miniDataset()} gateway={plain} now={NOW} />);
    cleanup = unmount;
    expect(container.querySelectorAll('.cl-event').length).toBe(3);
  });
});
