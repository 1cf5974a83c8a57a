// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../entrypoints/popup/popup-app';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { loadSettings, SETTINGS_KEY, switchSite, withSite, type KeyValueArea } from '../../lib/settings-store';
import { isSiteOn } from '../../lib/site-rules';
import { isDefaultNewsSite } from '../../lib/sites';
import type { PopupGateway, TabState } from '../../lib/view/gateway';
import { miniDataset } from '../fixtures/mini-dataset';
import { byText, render, settle } from '../support/render';

const NOW = new Date('2026-03-01T00:00:00Z');
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function fakeGateway(tab: TabState, overrides: Partial<PopupGateway> = {}): PopupGateway & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    loadTab: vi.fn(async () => tab),
    setSiteOn: vi.fn(async (host: string, on: boolean) => {
      calls.push(`setSiteOn ${host} ${on}`);
      return { ok: true as const };
    }),
    reveal: vi.fn(async (id: string) => void calls.push(`reveal ${id}`)),
    openSidePanel: vi.fn(async (id?: string) => void calls.push(`panel ${id ?? ''}`)),
    ...overrides,
  };
}

const ready = (over: Partial<Extract<TabState, { kind: 'ready' }>> = {}): TabState => ({
  kind: 'ready', tabId: 7, host: 'apnews.com', siteOn: true, isDefaultSite: true,
  results: { url: 'https://apnews.com/a', counts: { 'judge-a': 3, 'agency-c': 1 }, caseIds: ['case-one'], scannedAt: 0 },
  ...over,
});

describe('popup', () => {
  it('shows the cases the page is about, then people and organizations with their mentions', async () => {
    const gw = fakeGateway(ready());
    const { container, unmount } = await render(<PopupApp dataset={miniDataset()} gateway={gw} now={NOW} />);
    cleanup = unmount;
    expect(byText(container, 'h2', 'Cases this page is about')).toBeTruthy();
    const caseCard = byText(container, 'article', 'Case one');
    expect(caseCard.textContent).toContain('Pending');
    expect(caseCard.textContent).toContain('as of Dec 11, 2025');
    expect(caseCard.textContent).toContain('more than 30 days old');
    expect(caseCard.textContent).toContain('Stay denied.');
    const judge = byText(container, 'li.cl-entity', 'Ada Judge');
    expect(judge.textContent).toContain('×3');
    expect(judge.textContent).toContain('Case one: Presiding judge');
    expect(byText(container, 'h2', 'Organizations, places and courts')).toBeTruthy();
    await act(async () => judge.querySelector('button')!.click());
    expect(gw.calls).toContain('reveal judge-a');
  });

  it('says what is unconfirmed about a status and its date', async () => {
    const gw = fakeGateway(ready({ results: { url: 'https://apnews.com/a', counts: { 'person-b': 2 }, caseIds: ['case-two'], scannedAt: 0 } }));
    const { container, unmount } = await render(<PopupApp dataset={miniDataset()} gateway={gw} now={NOW} />);
    cleanup = unmount;
    const caseCard = byText(container, 'article', 'Case two');
    expect(caseCard.textContent).toContain('Status unconfirmed');
    expect(caseCard.textContent).toContain('exact date unconfirmed');
    expect(caseCard.querySelector('.cl-sources a')!.getAttribute('href')).toBe('https://example.com/source');
  });

  it('opens the side panel on a case', async () => {
    const gw = fakeGateway(ready());
    const { container, unmount } = await render(<PopupApp dataset={miniDataset()} gateway={gw} now={NOW} />);
    cleanup = unmount;
    await act(async () => byText(container, 'button', 'Timeline and details').click());
    expect(gw.calls).toContain('panel case-one');
  });

  it.each([
    ['nothing found', ready({ results: { url: 'x', counts: {}, caseIds: [], scannedAt: 0 } }), 'No names from the CaseLens cases on this page.'],
    ['not scanned yet', ready({ results: null }), 'has not been scanned yet'],
    ['a page it cannot run on', { kind: 'unsupported', reason: 'It only runs on web pages (http and https).' } as TabState, 'can’t run on this page'],
    ['a site switched off', ready({ siteOn: false }), 'CaseLens is off for apnews.com'],
    ['another site, off', ready({ siteOn: false, isDefaultSite: false, host: 'example.org' }), 'your browser will ask to allow this site'],
  ])('has a clear state for %s', async (_label, tab, text) => {
    const { container, unmount } = await render(<PopupApp dataset={miniDataset()} gateway={fakeGateway(tab)} now={NOW} />);
    cleanup = unmount;
    expect(container.textContent).toContain(text);
  });

  it('says clearly when the page\'s results could not be saved (storage full), instead of "not scanned yet"', async () => {
    const saveError = "CaseLens could not save this page's results (Session storage quota bytes exceeded. Values were not stored.).";
    const { container, unmount } = await render(<PopupApp dataset={miniDataset()} gateway={fakeGateway(ready({ results: null, saveError }))} now={NOW} />);
    cleanup = unmount;
    const alert = container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('could not save this page');
    expect(alert?.textContent).toContain('quota');
    expect(container.textContent).not.toContain('has not been scanned yet');
  });

  it('keeps showing older results of the page, marked as maybe out of date, when the latest save failed', async () => {
    const { container, unmount } = await render(<PopupApp dataset={miniDataset()} gateway={fakeGateway(ready({ saveError: 'CaseLens could not save this page\'s results (full).' }))} now={NOW} />);
    cleanup = unmount;
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('may be out of date');
    expect(byText(container, 'li.cl-entity', 'Ada Judge')).toBeTruthy();
  });

  it('switches the site off and reloads the tab state', async () => {
    const gw = fakeGateway(ready());
    const { container, unmount } = await render(<PopupApp dataset={miniDataset()} gateway={gw} now={NOW} />);
    cleanup = unmount;
    const box = container.querySelector<HTMLInputElement>('input[role="switch"]')!;
    expect(box.checked).toBe(true);
    await act(async () => box.click());
    await settle();
    expect(gw.calls).toContain('setSiteOn apnews.com false');
    expect(gw.loadTab).toHaveBeenCalledTimes(2);
  });

  it('says so when the switch fails, e.g. a permission refused', async () => {
    const gw = fakeGateway(ready({ siteOn: false, isDefaultSite: false, host: 'example.org' }), {
      setSiteOn: async () => ({ ok: false, message: 'CaseLens was not allowed on example.org, so it stays off there.' }),
    });
    const { container, unmount } = await render(<PopupApp dataset={miniDataset()} gateway={gw} now={NOW} />);
    cleanup = unmount;
    await act(async () => container.querySelector<HTMLInputElement>('input[role="switch"]')!.click());
    await settle();
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('was not allowed on example.org');
  });

  it('says where to allow the site when the browser withholds its access, instead of "not scanned yet"', async () => {
    const gw = fakeGateway(ready({ results: null, noAccess: true }));
    const { container, unmount } = await render(<PopupApp dataset={miniDataset()} gateway={gw} now={NOW} />);
    cleanup = unmount;
    const alert = container.querySelector('[role="alert"]')?.textContent ?? '';
    expect(alert).toContain('isn’t letting CaseLens read pages on apnews.com');
    expect(alert).toContain('about:addons → CaseLens → Permissions');
    expect(container.textContent).not.toContain('Reload it to scan');
  });

  it('shows an error state when the tab cannot be read', async () => {
    const gw = fakeGateway(ready(), { loadTab: async () => Promise.reject(new Error('no receiver')) });
    const { container, unmount } = await render(<PopupApp dataset={miniDataset()} gateway={gw} now={NOW} />);
    cleanup = unmount;
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('no receiver');
  });

  /** The popup's gateway as the browser one does it (entrypoints/popup/browser-gateway.ts), over a storage area. */
  function storedGateway(area: KeyValueArea, host: string): PopupGateway {
    return fakeGateway(ready(), {
      loadTab: async () => ({ ...(ready() as Extract<TabState, { kind: 'ready' }>), host, isDefaultSite: isDefaultNewsSite(host), siteOn: isSiteOn(host, await loadSettings(area)) }),
      setSiteOn: (h, on) => switchSite(area, h, on),
    });
  }
  const switchOf = (c: HTMLElement) => c.querySelector<HTMLInputElement>('input[role="switch"]')!;

  it('does what its switch shows: edition.cnn.com switched on while cnn.com is off', async () => {
    const data: Record<string, unknown> = { [SETTINGS_KEY]: withSite(DEFAULT_SETTINGS, 'cnn.com', false) };
    const area: KeyValueArea = { get: async (k) => ({ [k]: data[k] }), set: async (items) => void Object.assign(data, items) };
    const { container, unmount } = await render(<PopupApp dataset={miniDataset()} gateway={storedGateway(area, 'edition.cnn.com')} now={NOW} />);
    cleanup = unmount;
    expect(switchOf(container).checked).toBe(false);
    await act(async () => switchOf(container).click());
    await settle();
    expect(container.querySelector('[role="alert"]')).toBeNull();
    expect(switchOf(container).checked).toBe(true);
    expect(isSiteOn('edition.cnn.com', await loadSettings(area))).toBe(true);
    expect(isSiteOn('cnn.com', await loadSettings(area))).toBe(false);
    await act(async () => switchOf(container).click());
    await settle();
    expect(switchOf(container).checked).toBe(false);
  });

  it('shows no switch, only the reason, when the settings cannot be read', async () => {
    const area: KeyValueArea = {
      get: async () => Promise.reject(new Error('IO error: storage is busy')),
      set: async () => Promise.reject(new Error('must not write')),
    };
    const { container, unmount } = await render(<PopupApp dataset={miniDataset()} gateway={storedGateway(area, 'apnews.com')} now={NOW} />);
    cleanup = unmount;
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('Could not read your settings (IO error: storage is busy).');
    expect(container.querySelector('input[role="switch"]')).toBeNull();
  });
});
