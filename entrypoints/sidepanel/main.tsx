import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import rawDataset from 'virtual:caselens-dataset';
import '../../assets/styles/ui.css';
import { loadActiveDataset } from '../../lib/updates/active-dataset';
import { createPanelGateway } from './browser-gateway';
import { SidePanelApp } from './sidepanel-app';

// The stored dataset update (opt-in) when it is valid and newer than the bundled data; else the bundled data.
void loadActiveDataset(browser.storage.local, rawDataset).then(({ dataset }) => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <SidePanelApp dataset={dataset} gateway={createPanelGateway(new Set(dataset.cases.map((c) => c.id)))} />
    </StrictMode>,
  );
});
