/** The popup's gateway onto the extension: tabs, permissions, settings and messages. */
import { defineExtensionMessaging } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import { openPanel, panelPageUrl } from '../../lib/platform/side-panel';
import { CONTENT_SCRIPT_FILE, PANEL_FOCUS_KEY, PENDING_SITE_KEY, type ProtocolMap } from '../../lib/protocol';
import { loadSettings, switchSite } from '../../lib/settings-store';
import { isSiteOn } from '../../lib/site-rules';
import { isDefaultNewsSite, matchPatternsFor, unsupportedReason } from '../../lib/sites';
import type { PopupGateway, TabState } from '../../lib/view/gateway';

const messaging = defineExtensionMessaging<ProtocolMap>();

async function targetTab() {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return browser.tabs.get(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

export function createBrowserGateway(): PopupGateway {
  let tabId: number | undefined;
  return {
    async loadTab(): Promise<TabState> {
      const tab = await targetTab();
      if (!tab?.id) return { kind: 'unsupported', reason: 'There is no active tab.' };
      tabId = tab.id;
      const reason = unsupportedReason(tab.url);
      if (reason !== null || !tab.url) return { kind: 'unsupported', reason: reason ?? '' };
      const url = new URL(tab.url);
      const settings = await loadSettings(browser.storage.local);
      const { results, saveError } = await messaging.sendMessage('getTabResults', tab.id);
      const siteOn = isSiteOn(url.hostname, settings);
      // Both browsers let the user withdraw a site's access after install; then the site is "on" but nothing runs there.
      const noAccess = siteOn && !(await browser.permissions.contains({ origins: matchPatternsFor(url.hostname) }).catch(() => true));
      return {
        kind: 'ready',
        tabId: tab.id,
        host: url.hostname,
        siteOn,
        isDefaultSite: isDefaultNewsSite(url.hostname),
        results,
        saveError,
        noAccess,
      };
    },

    async setSiteOn(host, on) {
      const needsPermission = on && !isDefaultNewsSite(host);
      if (needsPermission) {
        // Must be the first await: the permission prompt needs the click's user gesture.
        void browser.storage.session.set({ [PENDING_SITE_KEY]: host });
        const granted = await browser.permissions.request({ origins: matchPatternsFor(host) });
        if (!granted) return { ok: false, message: `CaseLens was not allowed on ${host}, so it stays off there.` };
      }
      const result = await switchSite(browser.storage.local, host, on);
      if (!result.ok) return result;
      if (on && tabId !== undefined) {
        await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] }).catch(() => undefined);
      }
      if (!on && !isDefaultNewsSite(host)) await browser.permissions.remove({ origins: matchPatternsFor(host) }).catch(() => false);
      return { ok: true };
    },

    async reveal(entityId) {
      if (tabId === undefined) return;
      await messaging.sendMessage('revealEntity', entityId, tabId).catch(() => false);
    },

    async openSidePanel(caseId) {
      if (tabId === undefined) return;
      // First, before any await: both browsers open the panel only within the click's user action.
      const opening = openPanel(browser, tabId);
      await browser.storage.session.set({ [PANEL_FOCUS_KEY]: { tabId, caseId: caseId ?? null } });
      if ((await opening) === 'use-tab') {
        await browser.tabs.create({ url: panelPageUrl(browser.runtime.getURL('/sidepanel.html'), tabId) }).catch(() => undefined);
      }
      if (!new URLSearchParams(location.search).has("tabId")) window.close();
    },
  };
}
