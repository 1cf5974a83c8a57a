import type { Page, Worker } from 'playwright-core';

/** The Chrome tab id of a page, asked of the extension's service worker. */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  const url = page.url();
  const id = await worker.evaluate(async (u: string) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? -1;
  }, url);
  if (id < 0) throw new Error(`No tab found for ${url}`);
  return id;
}
