/**
 * Sites the user switched on get the content script through `scripting.registerContentScripts`,
 * limited to those whose host permission is still granted.
 */
import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE } from '../../lib/protocol';
import { loadSettings } from '../../lib/settings-store';
import { matchPatternsFor } from '../../lib/sites';

const SCRIPT_ID = 'caselens-user-sites';

let queue: Promise<void> = Promise.resolve();

/** Brings the registration in line with the settings; calls run one after another. */
export function syncUserSiteScripts(): Promise<void> {
  queue = queue.then(sync);
  return queue;
}

async function sync(): Promise<void> {
  try {
    const settings = await loadSettings(browser.storage.local);
    const granted = await browser.permissions.getAll();
    const origins = new Set(granted.origins ?? []);
    const matches = settings.enabledSites.flatMap(matchPatternsFor).filter((p) => origins.has(p));
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    if (matches.length === 0) return;
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches, js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  } catch (err) {
    console.warn('CaseLens: could not register the content script for your sites:', err);
  }
}
