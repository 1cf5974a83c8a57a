/**
 * Pages are matched in the background against the dataset in use: when a valid, newer dataset update
 * is stored (as the opt-in update does after validating it), a name it adds is marked on the next page
 * and its card shows; when the update is gone, the bundled data is used again.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawDataset } from '../../assets/dataset/index';
import type { Dataset } from '../../lib/dataset/schema';
import { validateDataset } from '../../lib/dataset/validate';
import { DATASET_UPDATE_KEY, DATASET_UPDATE_SOURCE_KEY } from '../../lib/updates/keys';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { startServer, type TestServer } from '../support/server';
import { cardText, DEFAULTS, MARK, marksOf, writeSettings } from './content-helpers';

const ARTICLE = `<!doctype html><html><head><title>t</title></head><body><article>
  <p>U.S. District Judge Paula Xinis heard the motion on Tuesday.</p>
  <p>Her courtroom deputy, Avery Quillfeather, read the order aloud.</p>
</article></body></html>`;

const TODAY = new Date().toISOString().slice(0, 10);

/**
 * The bundled dataset as of today (an update must have the bundled data's version and a later date),
 * with one more person (a test name, in no source).
 */
function updateWithNewPerson(): Dataset {
  const bundled = rawDataset as Dataset;
  const source = { url: 'https://example.org/caselens-test-update', publisher: 'CaseLens tests', tier: 'outlet' as const, date: '2025-05-01' };
  return {
    ...bundled,
    asOf: TODAY,
    entities: [
      ...bundled.entities,
      {
        id: 'avery-quillfeather',
        type: 'person',
        name: 'Avery Quillfeather',
        aliases: [{ text: 'Avery Quillfeather', kind: 'name' }],
        title: 'Courtroom deputy (test entry)',
        summary: 'A name that exists only in this test, added by a dataset update.',
        sources: [source],
        roles: [],
      },
    ],
  };
}

let browser: ExtensionBrowser;
let server: TestServer;
let page: Page;

beforeAll(async () => {
  server = await startServer({ routes: { '/update.html': ARTICLE } });
  browser = await launchWithExtension();
  await writeSettings(browser.worker, DEFAULTS);
  page = await browser.context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const load = async () => {
  await page.goto(server.url('/update.html'));
  await page.waitForFunction(() => performance.getEntriesByName('caselens:pass').length > 0);
};
const UPDATE_URL = 'https://updates.example.org/caselens.json';
/** The dataset update switched on with UPDATE_URL (its host is not granted: the check itself is skipped). */
const updatesOn = (on = true, url = UPDATE_URL) =>
  writeSettings(browser.worker, { ...DEFAULTS, version: 3, updates: { datasetEnabled: on, datasetUrl: url, courtListenerEnabled: false, courtListenerToken: '', courtListenerSearchEnabled: false } });
/** Stores `value` as the accepted update from UPDATE_URL, as the update check does (null removes it). */
const setUpdate = (value: unknown) =>
  browser.worker.evaluate(async ([key, sourceKey, v, url]) => {
    if (v === null) await chrome.storage.local.remove([key as string, sourceKey as string]);
    else await chrome.storage.local.set({ [key as string]: v, [sourceKey as string]: url });
  }, [DATASET_UPDATE_KEY, DATASET_UPDATE_SOURCE_KEY, value, UPDATE_URL] as const);
const storedUpdate = () => browser.worker.evaluate((key) => chrome.storage.local.get(key).then((got) => got[key]), DATASET_UPDATE_KEY);

describe('marks follow the dataset in use', () => {
  it('marks a name a stored update adds, shows its card, and drops it when the update is removed', async () => {
    const update = updateWithNewPerson();
    expect(validateDataset(update, TODAY).problems).toEqual([]);
    expect(update.asOf > (rawDataset as Dataset).asOf).toBe(true);

    await updatesOn();
    await load();
    expect(await marksOf(page)).toEqual(['paula-xinis=Paula Xinis']);

    // The background learns of the change from storage.onChanged; the next page load after that is matched with it.
    const reloaded = async () => {
      await load();
      return marksOf(page);
    };
    await setUpdate(update);
    await expect.poll(reloaded, { timeout: 10_000 }).toEqual(['paula-xinis=Paula Xinis', 'avery-quillfeather=Avery Quillfeather']);
    await page.locator(`${MARK}[data-caselens-entity="avery-quillfeather"]`).hover();
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Avery Quillfeather');
    expect(await cardText(page)).toContain('Courtroom deputy (test entry)');

    await setUpdate(null);
    await expect.poll(reloaded, { timeout: 10_000 }).toEqual(['paula-xinis=Paula Xinis']);
  });

  it.each([
    ['switching the update off', () => updatesOn(false)],
    ['changing its URL', () => updatesOn(true, 'https://mirror.example.net/caselens.json')],
  ])('removes the stored update on %s: the bundled data is in use at once', async (_label, change) => {
    await updatesOn();
    await setUpdate(updateWithNewPerson());
    const reloaded = async () => {
      await load();
      return marksOf(page);
    };
    await expect.poll(reloaded, { timeout: 10_000 }).toContain('avery-quillfeather=Avery Quillfeather');
    await change();
    await expect.poll(storedUpdate, { timeout: 5_000 }).toBeUndefined();
    expect(await reloaded()).toEqual(['paula-xinis=Paula Xinis']);
  });

  it('ignores an update planted while the update is off (a renderer can write storage.local)', async () => {
    await updatesOn(false);
    await setUpdate(updateWithNewPerson());
    await load();
    await load();
    expect(await marksOf(page)).toEqual(['paula-xinis=Paula Xinis']);
    await setUpdate(null);
  });

  // A renderer can write storage.local: each hostile dataset of issue 11 item 3, planted as the stored
  // update, is re-validated by the background and refused at once; the bundled data keeps marking and carding.
  it.each([
    ['"a" followed by 80,000 spaces', 'a' + ' '.repeat(80_000)],
    ['a 20,000-letter alias', 'Avery' + 'q'.repeat(20_000)],
    ['5,000 distinct first words', Array.from({ length: 5_000 }, (_, i) => `Zq${i.toString(36)}x`)],
  ])('a planted update with %s changes nothing', async (_label, alias) => {
    const hostile = updateWithNewPerson();
    const aliases = (Array.isArray(alias) ? alias : [alias]).map((text) => ({ text, kind: 'name' as const }));
    hostile.entities = hostile.entities.map((e) => (e.id === 'avery-quillfeather' ? { ...e, aliases } : e));
    await updatesOn();
    await setUpdate(hostile);
    const start = Date.now();
    await load();
    expect(await marksOf(page)).toEqual(['paula-xinis=Paula Xinis']);
    expect(Date.now() - start).toBeLessThan(5_000);
    await page.locator(`${MARK}[data-caselens-entity="paula-xinis"]`).hover();
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Xinis');
    await setUpdate(null);
  });
});
