import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { rawDataset } from '../../assets/dataset/index';
import '../../assets/styles/ui.css';
import { pickActiveDataset } from '../../lib/updates/active-dataset';
import { DATASET_UPDATE_KEY } from '../../lib/updates/keys';
import { createPanelGateway } from './browser-gateway';
import { SidePanelApp } from './sidepanel-app';

// The stored dataset update (opt-in) when it is valid and newer than the bundled data; else the bundled data.
const today = new Date().toISOString().slice(0, 10);
void browser.storage.local
  .get(DATASET_UPDATE_KEY)
  .catch((): Record<string, unknown> => ({}))
  .then((stored) => {
    const { dataset } = pickActiveDataset(rawDataset, stored[DATASET_UPDATE_KEY], today);
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <SidePanelApp dataset={dataset} gateway={createPanelGateway()} />
      </StrictMode>,
    );
  });
