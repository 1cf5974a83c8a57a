import { defineExtensionMessaging } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { PageResults, ProtocolMap } from '../../lib/protocol';

const messaging = defineExtensionMessaging<ProtocolMap>();
const resultsKey = (tabId: number) => `tab:${tabId}`;

export default defineBackground(() => {
  messaging.onMessage('reportResults', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    await browser.storage.session.set({ [resultsKey(tabId)]: data });
    const distinct = Object.keys(data.counts).length;
    await browser.action.setBadgeText({ tabId, text: distinct > 0 ? String(distinct) : '' });
  });

  messaging.onMessage('getTabResults', async ({ data: tabId }) => {
    const stored = await browser.storage.session.get(resultsKey(tabId));
    return (stored[resultsKey(tabId)] as PageResults | undefined) ?? null;
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void browser.storage.session.remove(resultsKey(tabId));
  });
});
