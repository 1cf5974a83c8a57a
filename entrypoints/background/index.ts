/**
 * Background: keeps each tab's results (storage.session, so they survive the worker stopping), shows
 * the per-tab badge, opens the side panel, and registers the content script on sites the user switched on.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openPanel } from '../../lib/platform/side-panel';
import { CARD_RENDER_FILE, type ProtocolMap } from '../../lib/protocol';
import { SETTINGS_KEY } from '../../lib/settings-store';
import { activeMatcher, cardFor, watchCardData } from './card-data';
import { checkedMessaging } from './checked-messaging';
import { createMatchPasses } from './matching';
import { createPanelOpener } from './panel-open';
import { finishPendingSites } from './pending-site';
import { setupUpdates } from './updates';
import { createTabResults, startsLoading } from './tab-results';
import { startTagger } from './tagger';
import { syncUserSiteScripts } from './user-sites';

// Every handler sees only messages that pass lib/message-check's MESSAGE_RULES (sender and shape).
const messaging = checkedMessaging(defineExtensionMessaging<ProtocolMap>(), browser.runtime.getURL('/'));
const MENU_OPEN_PANEL = 'caselens-open-panel';

async function setBadge(tabId: number, distinct: number) {
  await browser.action.setBadgeText({ tabId, text: distinct > 0 ? String(distinct) : '' }).catch(() => undefined);
}

export default defineBackground(() => {
  // The opt-in dataset update and CourtListener (off by default; see updates.ts).
  setupUpdates(messaging);
  finishPendingSites();

  // Each tab's results and badge (see tab-results.ts).
  const tabResults = createTabResults({
    session: browser.storage.session,
    getTab: (tabId) => browser.tabs.get(tabId),
    setBadge,
    targets: async () => (await activeMatcher()).targets,
  });
  messaging.onMessage('reportResults', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    // Only the top frame's report counts for the tab.
    if (tabId === undefined || sender.frameId !== 0) return;
    const { url, documentId, documentLifecycle } = sender as typeof sender & { documentLifecycle?: string };
    await tabResults.report({ tabId, url, documentId, documentLifecycle }, data);
  });

  // The content script's matching (see matching.ts).
  const matching = createMatchPasses(activeMatcher, {}, startTagger(messaging));
  const passSender = (sender: { tab?: { id?: number }; frameId?: number }) => ({ tabId: sender.tab?.id ?? -1, frameId: sender.frameId ?? 0 });
  messaging.onMessage('matchBlocks', ({ data, sender }) => matching.matchBlocks(passSender(sender), data));

  // The hover card's data (the content script has neither the dataset nor the matcher).
  watchCardData();
  messaging.onMessage('getCard', ({ data }) => cardFor(data.entityId, data.counts));
  // The card's React part, injected on the first hover in a frame (the content script stays small).
  messaging.onMessage('loadCardRender', async ({ sender }) => {
    const { tabId, frameId } = passSender(sender);
    if (tabId < 0) return false;
    return browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [CARD_RENDER_FILE] }).then(
      () => true,
      () => false,
    );
  });

  messaging.onMessage('getTabResults', ({ data: tabId }) => tabResults.read(tabId));

  // The hover card's panel buttons: rate-limited per tab, one reused panel tab per article in Firefox (panel-open.ts).
  const panel = createPanelOpener({
    openPanel: (tabId) => openPanel(browser, tabId),
    session: browser.storage.session,
    tabs: browser.tabs,
    focusWindow: (windowId) => browser.windows.update(windowId, { focused: true }),
    pageUrl: browser.runtime.getURL('/sidepanel.html'),
  });
  messaging.onMessage('openSidePanel', async ({ data, sender }) => {
    const tab = sender.tab;
    if (tab?.id === undefined) return;
    await panel.open({ ...tab, id: tab.id }, data);
  });

  // A new page in a tab starts with no results, no badge and no scan passes, until its content script reports.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (!startsLoading(change)) return;
    matching.forgetTab(tabId);
    void tabResults.loading(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    matching.forgetTab(tabId);
    void tabResults.closed(tabId);
    void panel.tabClosed(tabId);
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_OPEN_PANEL, title: 'Open CaseLens side panel', contexts: ['action'] }, () => {
      void browser.runtime.lastError;
    });
    void syncUserSiteScripts();
  });
  browser.runtime.onStartup.addListener(() => void syncUserSiteScripts());
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_OPEN_PANEL || tab?.id === undefined) return;
    void openPanel(browser, tab.id);
  });

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) void syncUserSiteScripts();
  });
});
