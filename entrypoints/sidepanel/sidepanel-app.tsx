import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { CaseDetail } from '../../components/case-detail';
import { CasePicker } from '../../components/case-picker';
import { EntityCases } from '../../components/entity-cases';
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
  /** Set when the reader asked for an entity's cases (from a hover card); picking a case clears it. */
  const [entityFocus, setEntityFocus] = useState<string | null>(null);
  const [seen, setSeen] = useState<{ caseId: string; ids: ReadonlySet<string> | undefined } | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** Opt-in CourtListener entries of the current case and its related cases; `on` false when both switches are off. */
  const [docketEntries, setDocketEntries] = useState<{ caseId: string; on: boolean; records: EntriesRecord[] } | null>(null);
  /** Bumped on every change the gateway reports, so the CourtListener entries are read again. */
  const [changes, setChanges] = useState(0);

  const shown = useRef<{ tabId: number | null; focus: string | null; entity: string | null; first: string | null } | null>(null);

  const refresh = useCallback(() => {
    setChanges((n) => n + 1);
    gateway.load().then(
      (s) => {
        setState(s);
        const first = s.results ? (groupPage(s.results, index).cases[0]?.item.id ?? null) : null;
        const prev = shown.current;
        const entity = s.focusEntityId ?? null;
        // Keep the reader's pick while they stay on the same tab; follow a new tab or a new request.
        if (!prev || prev.tabId !== s.tabId || prev.focus !== s.focusCaseId || prev.entity !== entity || (prev.first === null && first !== null)) {
          setPicked(entity && !s.focusCaseId ? null : (s.focusCaseId ?? first));
          setEntityFocus(s.focusCaseId ? null : entity);
        }
        shown.current = { tabId: s.tabId, focus: s.focusCaseId, entity, first };
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

  const groups = state?.results ? groupPage(state.results, index) : null;
  const pageCases = groups ? groups.cases.map((c) => c.item) : [];
  const pick = (id: string) => {
    setEntityFocus(null);
    setPicked(id);
  };
  const focusedEntity = entityFocus ? index.entity(entityFocus) : undefined;
  const people = current ? peopleInCase(current, index) : [];
  const othersOnPage = groups ? [...groups.people, ...groups.others].filter((f) => !people.some((p) => p.id === f.entity.id)) : [];
  const relatedCases = current ? current.relatedCaseIds.map((id) => index.case(id)).filter((c): c is Case => c !== undefined) : [];
  const courtListenerShown = current && docketEntries?.caseId === current.id ? docketEntries : null;
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
                  <button type="button" aria-pressed={c.id === picked} onClick={() => pick(c.id)}>
                    {c.shortName} <StatusChip status={c.status} />
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : (
          state && <p className="cl-empty">This page is about none of the CaseLens cases. Pick one below.</p>
        )}
      </nav>
      {focusedEntity && !current && <EntityCases entity={focusedEntity} cases={index.casesOf(focusedEntity.id)} onOpenCase={pick} />}
      {current && (
        <CaseDetail
          item={current}
          courtName={index.entity(current.courtId)?.name ?? current.courtId}
          related={relatedCases}
          people={people}
          timeline={mergeTimelines(
            buildTimeline(current, index, seen?.caseId === current.id ? seen.ids : undefined),
            courtListenerShown ? courtListenerTimeline([current, ...relatedCases], index, courtListenerShown.records) : [],
          )}
          timelineNote={courtListenerShown?.on && <SupremeCourtNote dockets={[current, ...relatedCases].flatMap(supremeCourtDockets)} />}
          now={now}
          onOpenCase={pick}
        />
      )}
      {othersOnPage.length > 0 && (
        <section aria-labelledby="others-on-page" className="cl-others">
          <h2 id="others-on-page">{current ? 'Also named on this page' : 'Named on this page'}</h2>
          <ul className="cl-list">
            {othersOnPage.map((f) => (
              <li key={f.entity.id} className="cl-entity">
                <strong>{f.entity.name}</strong> <span className="cl-count">×{f.mentions}</span> <span className="cl-muted">{f.entity.title}</span>
                {f.caseRole && (
                  <span className="cl-role">
                    {f.caseRole.caseShortName}: {f.caseRole.role}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-label="All cases" className="cl-all-cases">
        <h2>All cases</h2>
        <CasePicker topics={dataset.topics} cases={dataset.cases} picked={picked} onPick={pick} />
      </section>
    </main>
  );
}
