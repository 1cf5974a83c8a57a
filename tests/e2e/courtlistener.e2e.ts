/**
 * CourtListener data in real Chromium with the production build: the side panel shows stored entries of
 * the switches that are on, marked as not yet reviewed; switching a path off on the options page removes
 * what it stored (the background does it on the settings change) and the panel stops showing it at once;
 * a Supreme Court case links to supremecourt.gov instead. No request is made (no host permission is granted).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CL_DOCKETS_KEY, CL_ENTRIES_KEY, CL_SEARCH_ENTRIES_KEY } from '../../lib/updates/keys';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { DEFAULTS } from './content-helpers';

let browser: ExtensionBrowser;
const requests: string[] = [];

const record = (caseId: string, docketNumber: string, id: number, dateFiled: string, description: string) => ({
  caseId, docketNumber, docketUrl: `https://www.courtlistener.com/docket/${id}/x/`, fetchedAt: Date.now(),
  entries: [{ id, dateFiled, description, entryNumber: 7 }],
});
const SETTINGS = {
  ...DEFAULTS,
  version: 3,
  updates: { datasetEnabled: false, datasetUrl: '', courtListenerEnabled: true, courtListenerToken: '', courtListenerSearchEnabled: true },
};

const stored = (keys: string[]) => browser.worker.evaluate((k) => chrome.storage.local.get(k), keys);
const set = (items: Record<string, unknown>) => browser.worker.evaluate((i) => chrome.storage.local.set(i), items);

async function openPanel(caseId: string): Promise<Page> {
  const panel = await browser.context.newPage();
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=999999`);
  await panel.locator(`.cl-picker button[data-case="${caseId}"]`).click();
  await expect.poll(() => panel.locator('article.cl-detail').getAttribute('aria-labelledby')).toBe(`detail-${caseId}`);
  await panel.locator('article.cl-detail').waitFor();
  return panel;
}
/** The texts of the panel's entries marked as from CourtListener, in timeline order. */
const fromCourtListener = (panel: Page) =>
  panel.locator('.cl-event').filter({ hasText: 'From CourtListener, not yet reviewed' }).evaluateAll((els) => els.map((e) => e.querySelector('p')?.textContent ?? ''));

beforeAll(async () => {
  browser = await launchWithExtension();
  browser.context.on('request', (r) => void requests.push(r.url()));
  await set({ settings: SETTINGS, 'courtlistener:token': 'a'.repeat(40) });
  // Let the install-time work finish first (it moves the token out of storage.local, and it removes the
  // data of switches it read as off: the defaults, if it read them before the settings above landed).
  for (let waited = 0; Object.keys(await stored(['courtlistener:token'])).length > 0; waited += 100) {
    if (waited > 10_000) throw new Error('the token was never moved out of storage.local');
    await new Promise((r) => setTimeout(r, 100));
  }
  await new Promise((r) => setTimeout(r, 1000));
});
afterAll(async () => {
  await browser?.close();
});

describe('CourtListener entries in the side panel', () => {
  it('shows the stored entries of both paths, then, switched off one by one, removes and stops showing each', async () => {
    await set({
      [CL_DOCKETS_KEY]: { 'mdd|8:25-cv-00951': { found: true, id: 69830, url: 'https://www.courtlistener.com/docket/69830/x/', at: Date.now() } },
      [CL_ENTRIES_KEY]: { 'mdd|8:25-cv-00951': record('abrego-garcia-i', '8:25-cv-00951', 69830, '2026-11-02', 'ORDER from the token path') },
      [CL_SEARCH_ENTRIES_KEY]: { 'dcd|1:25-cv-00766': record('jgg-v-trump', '1:25-cv-00766', 71001, '2026-11-03', 'NOTICE from the search') },
    });
    // The two cases are related, so each panel's timeline has both, newest first.
    const both = ['NOTICE from the search', 'ORDER from the token path'];
    const maryland = await openPanel('abrego-garcia-i');
    await expect.poll(() => fromCourtListener(maryland)).toEqual(both);
    const dc = await openPanel('jgg-v-trump');
    await expect.poll(() => fromCourtListener(dc)).toEqual(both);

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('input[name="courtListenerEnabled"]').uncheck();
    await expect.poll(async () => Object.keys(await stored([CL_DOCKETS_KEY, CL_ENTRIES_KEY, CL_SEARCH_ENTRIES_KEY]))).toEqual([CL_SEARCH_ENTRIES_KEY]);
    await expect.poll(() => fromCourtListener(maryland)).toEqual(['NOTICE from the search']);
    await expect.poll(() => fromCourtListener(dc)).toEqual(['NOTICE from the search']);

    await options.locator('input[name="courtListenerSearchEnabled"]').uncheck();
    await expect.poll(async () => Object.keys(await stored([CL_SEARCH_ENTRIES_KEY]))).toEqual([]);
    await expect.poll(() => fromCourtListener(dc)).toEqual([]);
    expect(await fromCourtListener(maryland)).toEqual([]);
    for (const p of [maryland, dc, options]) await p.close();
  });

  it('removes entries stored while their switch is off (written by anyone), on the next settings change', async () => {
    await set({ [CL_ENTRIES_KEY]: { 'mdd|8:25-cv-00951': record('abrego-garcia-i', '8:25-cv-00951', 1, '2026-11-02', 'planted') } });
    const panel = await openPanel('abrego-garcia-i');
    expect(await fromCourtListener(panel)).toEqual([]); // both switches off: not shown
    await set({ settings: { ...SETTINGS, hoverDelayMs: 600, updates: { ...SETTINGS.updates, courtListenerEnabled: false, courtListenerSearchEnabled: false } } });
    await expect.poll(async () => Object.keys(await stored([CL_ENTRIES_KEY]))).toEqual([]);
    await panel.close();
  });

  it('says a Supreme Court docket’s entries are not on CourtListener and links to the Court’s own page, while a path is on', async () => {
    await set({ settings: SETTINGS });
    const panel = await openPanel('noem-v-abrego-garcia');
    const note = panel.locator('.cl-courtlistener-note');
    await expect.poll(() => note.textContent()).toContain('CourtListener does not publish the entries of Supreme Court dockets');
    expect(await note.locator('a').getAttribute('href')).toBe('https://supremecourt.gov/Search.aspx?FileName=%2Fdocket%2Fdocketfiles%2Fhtml%2Fpublic%5C24a949.html');
    await panel.close();
  });

  it('made no request outside the extension', () => {
    expect(requests.filter((u) => !u.startsWith('chrome-extension://'))).toEqual([]);
  });
});
