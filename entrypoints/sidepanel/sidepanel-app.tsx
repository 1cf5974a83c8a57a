import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { CaseDetail } from '../../components/case-detail';
import { StatusChip } from '../../components/status-chip';
import { SupremeCourtNote } from '../../components/supreme-court-note';
import type { Case, Dataset } from '../../lib/dataset/schema';
import { dateWithAge } from '../../lib/format-date';
import { indexDataset } from '../../lib/view/dataset-index';
import type { PanelGateway, PanelState } from '../../lib/view/gateway';
import { groupPage } from '../../lib/view/page-groups';
import type { EntriesRecord } from '../../lib/updates/courtlistener/store';
import { supremeCourtDockets } from '../../lib/updates/courtlistener/targets';
import { buildTimeline, courtListenerTimeline, mergeTimelines, peopleInCase } from '../../lib/view/timeline';

/** The side panel: where each case on the page stands, with one timeline across its courts. */
export function SidePanelApp({ dataset, gateway, now = new Date() }: { dataset: Dataset; gateway: PanelGateway; now?: Date }) {
  const index = useMemo(() => indexDataset(dataset), [dataset]);
  const [state, setState] = useState<PanelState | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const [seen, setSeen] = useState<{ caseId: string; ids: ReadonlySet<string> | undefined } | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** Opt-in CourtListener entries of the current case and its related cases; `on` false when both switches are off. */
  const [docketEntries, setDocketEntries] = useState<{ caseId: string; on: boolean; records: EntriesRecord[] } | null>(null);
  /** Bumped on every change the gateway reports, so the CourtListener entries are read again. */
  const [changes, setChanges] = useState(0);

  const shown = useRef<{ tabId: number | null; focus: string | null; first: string | null } | null>(null);

  const refresh = useCallback(() => {
    setChanges((n) => n + 1);
    gateway.load().then(
      (s) => {
        setState(s);
        const first = s.results ? (groupPage(s.results, index).cases[0]?.item.id ?? null) : null;
        const prev = shown.current;
        // Keep the reader's pick while they stay on the same tab; follow a new tab or a new request.
        if (!prev || prev.tabId !== s.tabId || prev.focus !== s.focusCaseId || (prev.first === null && first !== null)) {
          setPicked(s.focusCaseId ?? first);
        }
        shown.current = { tabId: s.tabId, focus: s.focusCaseId, first };
      },
      (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
    );
  }, [gateway, index]);
  useEffect(() => {
    refresh();
    return gateway.subscribe(refresh);
  }, [gateway, refresh]);

  const current = picked ? index.case(picked) : undefined;
  useEffect(() => {
    if (!current) return;
    let live = true;
    void gateway.seenEvents(current.id).then((ids) => {
      if (!live) return;
      setSeen({ caseId: current.id, ids });
      const all = buildTimeline(current, index).map((e) => e.event.id);
      void gateway.markSeen(current.id, all);
    });
    return () => {
      live = false;
    };
  }, [current, gateway, index]);
  useEffect(() => {
    if (!current) return;
    let live = true;
    const ids = [current.id, ...current.relatedCaseIds];
    void Promise.all(ids.map((id) => gateway.courtListenerEntries?.(id) ?? Promise.resolve(null))).then(
      (lists) => live && setDocketEntries({ caseId: current.id, on: lists.some((l) => l !== null), records: lists.flatMap((l) => l ?? []) }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [current, gateway, changes]);

  const relatedCases = current ? current.relatedCaseIds.map((id) => index.case(id)).filter((c): c is Case => c !== undefined) : [];
  const courtListenerShown = current && docketEntries?.caseId === current.id ? docketEntries : null;
  const pageCases = state?.results ? groupPage(state.results, index).cases.map((c) => c.item) : [];
  return (
    <main className="cl-page cl-panel">
      <header className="cl-header">
        <h1>CaseLens</h1>
        <span className="cl-muted cl-small">data as of {dateWithAge(dataset.asOf, now)}</span>
      </header>
      {error && (
        <p className="cl-warning" role="alert">
          Could not read this tab: {error}
        </p>
      )}
      <nav aria-label="Cases">
        {pageCases.length > 0 ? (
          <>
            <h2>Cases on this page</h2>
            <ul className="cl-case-tabs">
              {pageCases.map((c) => (
                <li key={c.id}>
                  <button type="button" aria-pressed={c.id === picked} onClick={() => setPicked(c.id)}>
                    {c.shortName} <StatusChip status={c.status} />
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : (
          state && <p className="cl-empty">No case from the CaseLens dataset was found on this page. Pick one below.</p>
        )}
        <label className="cl-picker">
          <span>All bundled cases</span>
          <select value={picked ?? ''} onChange={(e) => setPicked(e.currentTarget.value || null)}>
            <option value="">Choose a case…</option>
            {dataset.cases.map((c) => (
              <option key={c.id} value={c.id}>
                {c.shortName}
              </option>
            ))}
          </select>
        </label>
      </nav>
      {current && (
        <CaseDetail
          item={current}
          courtName={index.entity(current.courtId)?.name ?? current.courtId}
          related={relatedCases}
          people={peopleInCase(current, index)}
          timeline={mergeTimelines(
            buildTimeline(current, index, seen?.caseId === current.id ? seen.ids : undefined),
            courtListenerShown ? courtListenerTimeline([current, ...relatedCases], index, courtListenerShown.records) : [],
          )}
          timelineNote={courtListenerShown?.on && <SupremeCourtNote dockets={[current, ...relatedCases].flatMap(supremeCourtDockets)} />}
          now={now}
          onOpenCase={setPicked}
        />
      )}
    </main>
  );
}
