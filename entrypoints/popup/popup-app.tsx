import { useEffect, useState } from 'react';
import { CaseSummary } from '../../components/case-summary';
import type { Dataset } from '../../lib/dataset/schema';
import { dateWithAge } from '../../lib/format-date';
import type { PageResults } from '../../lib/protocol';

type Load = { state: 'loading' } | { state: 'ready'; results: PageResults | null } | { state: 'error'; message: string };

/** The toolbar popup: what CaseLens found on this tab. */
export function PopupApp({ dataset, loadResults }: { dataset: Dataset; loadResults: () => Promise<PageResults | null> }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  useEffect(() => {
    loadResults().then(
      (results) => setLoad({ state: 'ready', results }),
      (err: unknown) => setLoad({ state: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
  }, [loadResults]);

  const now = new Date();
  const cases = load.state === 'ready' && load.results ? dataset.cases.filter((c) => load.results!.caseIds.includes(c.id)) : [];
  return (
    <main className="cl-page" style={{ width: 360 }}>
      <header className="cl-header">
        <h1>CaseLens</h1>
        <span className="cl-muted">data as of {dateWithAge(dataset.asOf, now)}</span>
      </header>
      {load.state === 'loading' && <p className="cl-empty">Looking at this page…</p>}
      {load.state === 'error' && <p className="cl-empty" role="alert">Could not read this tab: {load.message}</p>}
      {load.state === 'ready' && cases.length === 0 && (
        <p className="cl-empty">Nothing from the CaseLens cases was found on this page.</p>
      )}
      {cases.length > 0 && (
        <section aria-labelledby="cases-h">
          <h2 id="cases-h">Cases on this page</h2>
          {cases.map((c) => (
            <CaseSummary key={c.id} item={c} asOfText={dateWithAge(c.statusAsOf, now)} />
          ))}
        </section>
      )}
    </main>
  );
}
