import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CaseSummary } from '../../components/case-summary';
import { rawDataset } from '../../assets/dataset/index';
import '../../assets/styles/ui.css';
import { datasetSchema } from '../../lib/dataset/schema';
import { dateWithAge } from '../../lib/format-date';

const dataset = datasetSchema.parse(rawDataset);
const now = new Date();

function SidePanelApp() {
  return (
    <main className="cl-page">
      <header className="cl-header">
        <h1>CaseLens: where each case stands</h1>
      </header>
      <p className="cl-muted">Bundled data as of {dateWithAge(dataset.asOf, now)}.</p>
      {dataset.cases.map((c) => (
        <CaseSummary key={c.id} item={c} asOfText={dateWithAge(c.statusAsOf, now)} />
      ))}
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SidePanelApp />
  </StrictMode>,
);
