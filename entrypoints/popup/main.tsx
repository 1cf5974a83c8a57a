import { defineExtensionMessaging } from '@webext-core/messaging';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { rawDataset } from '../../assets/dataset/index';
import '../../assets/styles/ui.css';
import { datasetSchema } from '../../lib/dataset/schema';
import type { ProtocolMap } from '../../lib/protocol';
import { PopupApp } from './popup-app';

const messaging = defineExtensionMessaging<ProtocolMap>();

async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

const dataset = datasetSchema.parse(rawDataset);
const root = createRoot(document.getElementById('root')!);
root.render(
  <StrictMode>
    <PopupApp
      dataset={dataset}
      loadResults={async () => {
        const tabId = await targetTabId();
        return tabId === undefined ? null : messaging.sendMessage('getTabResults', tabId);
      }}
    />
  </StrictMode>,
);
