/** The side panel's gateway: the active (or requested) tab, its results, and what the reader has seen. */
import { defineExtensionMessaging } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import { PANEL_FOCUS_KEY, SEEN_EVENTS_KEY, type ProtocolMap } from '../../lib/protocol';
import { loadSettings, SETTINGS_KEY } from '../../lib/settings-store';
import { courtListenerRecordsOf } from '../../lib/updates/courtlistener/switches';
import { CL_ENTRIES_KEY, CL_SEARCH_ENTRIES_KEY } from '../../lib/updates/keys';
import type { PanelGateway } from '../../lib/view/gateway';
import { withSeen } from '../../lib/view/seen-events';

const messaging = defineExtensionMessaging<ProtocolMap>();
/** storage.local keys whose change changes what the panel shows of CourtListener. */
const COURTLISTENER_KEYS = [SETTINGS_KEY, CL_ENTRIES_KEY, CL_SEARCH_ENTRIES_KEY];

async function tabIdToShow(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id ?? null;
}

async function readSeen(): Promise<Record<string, string[]>> {
  const stored = (await browser.storage.local.get(SEEN_EVENTS_KEY))[SEEN_EVENTS_KEY];
  return typeof stored === 'object' && stored !== null ? (stored as Record<string, string[]>) : {};
}

/** `caseIds`: the cases of the data in use (seen ids of other cases are dropped on the next write). */
export function createPanelGateway(caseIds: ReadonlySet<string>): PanelGateway {
  return {
    async load() {
      const tabId = await tabIdToShow();
      const results = tabId === null ? null : (await messaging.sendMessage('getTabResults', tabId)).results;
      const focus = (await browser.storage.session.get(PANEL_FOCUS_KEY))[PANEL_FOCUS_KEY] as
        | { tabId: number; caseId: string | null; entityId?: string | null }
        | undefined;
      const mine = focus && focus.tabId === tabId;
      return { tabId, results, focusCaseId: mine ? focus.caseId : null, focusEntityId: mine ? (focus.entityId ?? null) : null };
    },
    async seenEvents(caseId) {
      const ids = (await readSeen())[caseId];
      return Array.isArray(ids) ? new Set(ids) : undefined;
    },
    async markSeen(caseId, eventIds) {
      const stored = (await browser.storage.local.get(SEEN_EVENTS_KEY))[SEEN_EVENTS_KEY];
      await browser.storage.local.set({ [SEEN_EVENTS_KEY]: withSeen(stored, caseIds, caseId, eventIds) }).catch(() => undefined);
    },
    async courtListenerEntries(caseId) {
      const area = browser.storage.local;
      const stored = await area.get([CL_ENTRIES_KEY, CL_SEARCH_ENTRIES_KEY]);
      return courtListenerRecordsOf((await loadSettings(area)).updates, stored, caseId);
    },
    subscribe(onChange) {
      const onStorage = (changes: Record<string, unknown>, area: string) => {
        const keys = Object.keys(changes);
        if (area === 'session' && keys.some((k) => k === PANEL_FOCUS_KEY || k.startsWith('tab:'))) onChange();
        if (area === 'local' && keys.some((k) => COURTLISTENER_KEYS.includes(k))) onChange();
      };
      const onActivated = () => onChange();
      browser.tabs.onActivated.addListener(onActivated);
      browser.storage.onChanged.addListener(onStorage);
      return () => {
        browser.tabs.onActivated.removeListener(onActivated);
        browser.storage.onChanged.removeListener(onStorage);
      };
    },
  };
}
