/** The options page's gateway: settings in storage.local, update statuses, permissions, "check now". */
import { defineExtensionMessaging } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import rawDataset from 'virtual:caselens-dataset';
import type { ProtocolMap } from '../../lib/protocol';
import { idbArea } from '../../lib/platform/idb-area';
import { loadSettings, SETTINGS_KEY, TOKEN_CHANGED_KEY, updateSettings } from '../../lib/settings-store';
import { loadActiveDataset } from '../../lib/updates/active-dataset';
import { DATASET_KEYS } from '../../lib/updates/dataset-switch';
import { CL_SEARCH_STATUS_KEY, CL_STATUS_KEY, DATASET_STATUS_KEY, DATASET_UPDATE_KEY } from '../../lib/updates/keys';
import { readStatus } from '../../lib/updates/status';
import type { OptionsGateway } from '../../lib/view/gateway';

const messaging = defineExtensionMessaging<ProtocolMap>();
const WATCHED = [SETTINGS_KEY, TOKEN_CHANGED_KEY, DATASET_STATUS_KEY, CL_STATUS_KEY, CL_SEARCH_STATUS_KEY, DATASET_UPDATE_KEY];

export function createOptionsGateway(): OptionsGateway {
  const area = browser.storage.local;
  /** The CourtListener token: in the extension origin's IndexedDB, not storage.local (lib/platform/idb-area). */
  const secrets = idbArea(indexedDB);
  return {
    async load() {
      const stored = await area.get([DATASET_STATUS_KEY, CL_STATUS_KEY, CL_SEARCH_STATUS_KEY]);
      const active = await loadActiveDataset(area, rawDataset);
      return {
        settings: await loadSettings(area, secrets),
        datasetStatus: readStatus(stored[DATASET_STATUS_KEY]),
        courtListenerStatus: readStatus(stored[CL_STATUS_KEY]),
        courtListenerSearchStatus: readStatus(stored[CL_SEARCH_STATUS_KEY]),
        dataset: { version: active.dataset.version, asOf: active.dataset.asOf, source: active.source },
      };
    },
    save: (change) => updateSettings(area, change, secrets),
    requestOrigins: (origins) => browser.permissions.request({ origins }).catch(() => false),
    releaseOrigins: async (origins) => origins.length === 0 || browser.permissions.remove({ origins }).catch(() => false),
    async checkNow() {
      await messaging.sendMessage('checkUpdatesNow', undefined);
    },
    forgetDatasetUpdate: () => area.remove([...DATASET_KEYS]),
    subscribe(onChange) {
      const listener = (changes: Record<string, unknown>, areaName: string) => {
        if (areaName === 'local' && Object.keys(changes).some((k) => WATCHED.includes(k))) onChange();
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
