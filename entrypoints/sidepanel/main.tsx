import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { rawDataset } from '../../assets/dataset/index';
import '../../assets/styles/ui.css';
import { datasetSchema } from '../../lib/dataset/schema';
import { createPanelGateway } from './browser-gateway';
import { SidePanelApp } from './sidepanel-app';

const dataset = datasetSchema.parse(rawDataset);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SidePanelApp dataset={dataset} gateway={createPanelGateway()} />
  </StrictMode>,
);
