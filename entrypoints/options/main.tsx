import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../assets/styles/ui.css';
import { createOptionsGateway } from './browser-gateway';
import { OptionsApp } from './options-app';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OptionsApp gateway={createOptionsGateway()} />
  </StrictMode>,
);
