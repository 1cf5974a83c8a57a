import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { rawDataset } from '../../assets/dataset/index';
import '../../assets/styles/ui.css';
import { datasetSchema } from '../../lib/dataset/schema';
import { createBrowserGateway } from './browser-gateway';
import { PopupApp } from './popup-app';

const dataset = datasetSchema.parse(rawDataset);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PopupApp dataset={dataset} gateway={createBrowserGateway()} />
  </StrictMode>,
);
