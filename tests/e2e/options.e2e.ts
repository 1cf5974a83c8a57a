/** The options page in Chromium: it renders from the build, and a setting change persists in storage. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

const storedSettings = () => browser.worker.evaluate(() => chrome.storage.local.get('settings').then((s) => s.settings as Record<string, unknown> | undefined));

describe('options page', () => {
  it('is the manifest’s options page and renders its sections', async () => {
    const manifest = await browser.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.options_ui?.page).toBe('options.html');
    expect(manifest.permissions).toContain('alarms');
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => page.getByRole('heading', { name: 'CaseLens options' }).count()).toBe(1);
    for (const name of ['Sites', 'Marks and cards', 'Data']) expect(await page.getByRole('heading', { name, exact: true }).count()).toBe(1);
    expect(await page.locator('input[name="datasetEnabled"]').isChecked()).toBe(false);
    expect(await page.locator('input[name="courtListenerEnabled"]').isChecked()).toBe(false);
    expect(await page.locator('input[name="courtListenerSearchEnabled"]').isChecked()).toBe(false);
    await page.close();
  });

  it('keeps a changed setting after a reload, stored as version 3 with top-level fields', async () => {
    // Start from a version 1 value, as an older CaseLens stored it.
    await browser.worker.evaluate(() =>
      chrome.storage.local.set({ settings: { disabledSites: ['cnn.com'], enabledSites: [], hoverDelayMs: 500, markMode: 'all' } }),
    );
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.locator('input[name="markMode"][value="first"]').check();
    await page.getByRole('listitem').filter({ hasText: 'npr.org' }).getByRole('switch').uncheck();
    await expect.poll(async () => (await storedSettings())?.markMode).toBe('first');
    // Both changes stored (each waits for the one before it) before the page goes away.
    await expect.poll(async () => (await storedSettings())?.disabledSites).toEqual(['cnn.com', 'npr.org']);
    await page.reload();
    await expect.poll(() => page.locator('input[name="markMode"][value="first"]').isChecked()).toBe(true);
    expect(await page.getByRole('listitem').filter({ hasText: 'npr.org' }).getByRole('switch').isChecked()).toBe(false);
    expect(await page.getByRole('listitem').filter({ hasText: 'cnn.com' }).getByRole('switch').isChecked()).toBe(false);
    expect(await storedSettings()).toMatchObject({ version: 3, markMode: 'first', disabledSites: ['cnn.com', 'npr.org'], hoverDelayMs: 500 });
    await page.close();
  });

  it('reads the CourtListener token from the extension origin’s IndexedDB, where storage.local (open to content scripts) has none', async () => {
    await browser.worker.evaluate(() =>
      chrome.storage.local.set({ settings: { version: 3, disabledSites: [], enabledSites: [], hoverDelayMs: 500, markMode: 'all', updates: { datasetEnabled: false, datasetUrl: '', courtListenerEnabled: true, courtListenerToken: '', courtListenerSearchEnabled: false } } }),
    );
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    // Written as lib/platform/idb-area writes it: database "caselens-secrets", store "kv", key "courtlistener:token".
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('caselens-secrets', 1);
          req.onupgradeneeded = () => req.result.createObjectStore('kv');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const t = req.result.transaction('kv', 'readwrite');
            t.objectStore('kv').put('t'.repeat(40), 'courtlistener:token');
            t.oncomplete = () => (req.result.close(), resolve());
          };
        }),
    );
    await page.reload();
    await expect.poll(() => page.locator('input[name="courtListenerToken"]').inputValue()).toBe('t'.repeat(40));
    const local = await browser.worker.evaluate(() => chrome.storage.local.get(null));
    expect(JSON.stringify(local)).not.toContain('t'.repeat(40));
    await page.close();
  });
});
