// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { SidePanelApp } from '../../entrypoints/sidepanel/sidepanel-app';
import type { EntriesRecord } from '../../lib/updates/courtlistener/store';
import type { PanelGateway } from '../../lib/view/gateway';
import { miniDataset } from '../fixtures/mini-dataset';
import { render, settle } from '../support/render';

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

/** A panel gateway over these records (null: both CourtListener switches off); `change` plays a storage change. */
function gateway(records: EntriesRecord[] | null, focusCaseId = 'case-one'): PanelGateway & { set(r: EntriesRecord[] | null): Promise<void> } {
  let current = records;
  let onChange = () => undefined as void;
  return {
    load: async () => ({ tabId: 1, results: null, focusCaseId }),
    seenEvents: async () => undefined,
    markSeen: async () => undefined,
    courtListenerEntries: async (id) => current && current.filter((r) => r.caseId === id),
    subscribe: (cb) => {
      onChange = cb;
      return () => undefined;
    },
    async set(r) {
      current = r;
      await act(async () => onChange());
      await settle();
    },
  };
}

const texts = (c: HTMLElement) => [...c.querySelectorAll('.cl-event')].map((e) => e.querySelector('p')!.textContent);

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

  it('shows an entry kept by both the token path and the search once', async () => {
    const fromSearch = { ...record, entries: [record.entries[0]!] };
    const { container, unmount } = await render(<SidePanelApp dataset={miniDataset()} gateway={gateway([record, fromSearch])} now={NOW} />);
    cleanup = unmount;
    expect(texts(container).filter((t) => t === '<b>ORDER</b> setting a hearing')).toHaveLength(1);
  });

  it('shows an entry filed on the case data’s own as-of day (it may be newer than the data), not the day before', async () => {
    const edge = { ...record, entries: [{ id: 9, dateFiled: '2025-12-11', description: 'Same day', entryNumber: 1 }, { id: 8, dateFiled: '2025-12-10', description: 'Day before', entryNumber: 2 }] };
    const { container, unmount } = await render(<SidePanelApp dataset={miniDataset()} gateway={gateway([edge])} now={NOW} />);
    cleanup = unmount;
    expect(texts(container)).toContain('Same day');
    expect(texts(container)).not.toContain('Day before');
  });

  it('stops showing the entries as soon as CourtListener is switched off', async () => {
    const gw = gateway([record]);
    const { container, unmount } = await render(<SidePanelApp dataset={miniDataset()} gateway={gw} now={NOW} />);
    cleanup = unmount;
    expect(container.textContent).toContain('From CourtListener');
    await gw.set(null);
    expect(container.textContent).not.toContain('From CourtListener');
    expect(container.querySelectorAll('.cl-event').length).toBe(3);
  });

  it('says a Supreme Court docket’s entries are not on CourtListener, linking to supremecourt.gov, while CourtListener is on', async () => {
    const d = miniDataset();
    const scotus = { ...d, cases: [{ ...d.cases[0]!, id: 'noem-v-abrego-garcia', docket: 'No. 24A949', relatedCaseIds: [] }, d.cases[1]!] };
    const gw = gateway([], 'noem-v-abrego-garcia');
    const { container, unmount } = await render(<SidePanelApp dataset={scotus} gateway={gw} now={NOW} />);
    cleanup = unmount;
    const note = container.querySelector('.cl-courtlistener-note')!;
    expect(note.textContent).toBe('CourtListener does not publish the entries of Supreme Court dockets, so none are shown here for No. 24A949 on supremecourt.gov.');
    expect(note.querySelector('a')!.getAttribute('href')).toBe('https://supremecourt.gov/Search.aspx?FileName=%2Fdocket%2Fdocketfiles%2Fhtml%2Fpublic%5C24a949.html');
    await gw.set(null);
    expect(container.querySelector('.cl-courtlistener-note')).toBeNull();
  });

  it('works with a gateway that has no CourtListener entries at all', async () => {
    const { courtListenerEntries: _unused, ...plain } = gateway([record]);
    const { container, unmount } = await render(<SidePanelApp dataset={miniDataset()} gateway={plain} now={NOW} />);
    cleanup = unmount;
    expect(container.querySelectorAll('.cl-event').length).toBe(3);
  });
});
