import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import rawDataset from 'virtual:caselens-dataset';
import '../../assets/styles/ui.css';
import { loadActiveDataset } from '../../lib/updates/active-dataset';
import { createBrowserGateway } from './browser-gateway';
import { PopupApp } from './popup-app';

// The stored dataset update (opt-in) when it is valid and newer than the bundled data; else the bundled data.
void loadActiveDataset(browser.storage.local, rawDataset).then(({ dataset }) => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <PopupApp dataset={dataset} gateway={createBrowserGateway()} />
    </StrictMode>,
  );
});
