/**
 * The second story in a real browser: our own demo article on the fight over Lisa Cook's seat
 * (assets/demo/cook-article.html). Its people, who are in many other cases too, are shown with their
 * role in this one, with this case's status; the popup lists this case first.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledDataset } from '../../assets/dataset/index';
import { statusLabel } from '../../lib/status';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { REPO_ROOT } from '../support/paths';
import { startServer, type TestServer } from '../support/server';
import { tabIdOf } from '../support/tabs';
import { cardText, MARK } from './content-helpers';

const COOK_HTML = readFileSync(path.join(REPO_ROOT, 'assets/demo/cook-article.html'), 'utf8');
const COOK = bundledDataset.cases.find((c) => c.id === 'trump-v-cook');
const HOVER_WAIT_MS = 1200;

let browser: ExtensionBrowser;
let server: TestServer;
let article: Page;

const roleIn = (entityId: string) => bundledDataset.entities.find((e) => e.id === entityId)?.roles.find((r) => r.caseId === 'trump-v-cook')?.role;

async function hoverCard(entityId: string): Promise<string> {
  await article.mouse.move(1, 1);
  await expect.poll(() => cardText(article)).toBeFalsy();
  const name = article.locator(`${MARK}[data-caselens-entity="${entityId}"]`).first();
  await name.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 200));
  await name.hover();
  await article.waitForTimeout(HOVER_WAIT_MS);
  let text: string | null = null;
  await expect.poll(async () => (text = await cardText(article))).toBeTruthy();
  return text ?? '';
}

beforeAll(async () => {
  server = await startServer({ routes: { '/cook.html': COOK_HTML } });
  browser = await launchWithExtension();
  article = await browser.context.newPage();
  await article.goto(server.url('/cook.html'));
  await article.waitForSelector(MARK);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the Cook demo article', () => {
  it('is in the dataset as a case with a status', () => {
    expect(COOK?.shortName).toBe('Lisa Cook Fed firing case');
  });

  it.each([
    ['jia-cobb', 'Jia M. Cobb'],
    ['pam-bondi', 'Pam Bondi'],
    ['paul-clement', 'Paul Clement'],
  ])("shows %s with their role in this case and this case's status", async (entityId, name) => {
    const text = await hoverCard(entityId);
    expect(text).toContain(name);
    expect(text).toContain(`Role in ${COOK?.shortName}`);
    expect(text).toContain(roleIn(entityId) ?? 'no role in the data');
    expect(text).toContain(statusLabel(COOK?.status ?? 'unclear'));
  });

  it('lists this case first in the popup', async () => {
    const tabId = await tabIdOf(browser.worker, article);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.locator('article.cl-card[data-case]').first().getAttribute('data-case')).toBe('trump-v-cook');
    await popup.close();
  });
});
