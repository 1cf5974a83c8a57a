import { useCallback, useEffect, useMemo, useState } from 'react';
import { CaseSummary } from '../../components/case-summary';
import { EntityRow } from '../../components/entity-row';
import { SiteSwitch } from '../../components/site-switch';
import type { Dataset } from '../../lib/dataset/schema';
import { dateWithAge } from '../../lib/format-date';
import { SettingsReadError } from '../../lib/settings-store';
import { indexDataset } from '../../lib/view/dataset-index';
import type { PopupGateway, TabState } from '../../lib/view/gateway';
import { groupPage, type FoundEntity } from '../../lib/view/page-groups';

type Load = { state: 'loading' } | { state: 'ready'; tab: TabState } | { state: 'error'; message: string };

/** The toolbar popup: what CaseLens found on this tab, grouped, with the site switch. */
export function PopupApp({ dataset, gateway, now = new Date() }: { dataset: Dataset; gateway: PopupGateway; now?: Date }) {
  const index = useMemo(() => indexDataset(dataset), [dataset]);
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const refresh = useCallback(() => {
    gateway.loadTab().then(
      (tab) => setLoad({ state: 'ready', tab }),
      (err: unknown) =>
        setLoad({
          state: 'error',
          message:
            err instanceof SettingsReadError
              ? `${err.message} CaseLens shows no switch and changes nothing until it can read them; try closing and reopening this popup.`
              : `Could not read this tab: ${err instanceof Error ? err.message : String(err)}`,
        }),
    );
  }, [gateway]);
  useEffect(refresh, [refresh]);

  const toggle = async (host: string, on: boolean) => {
    setBusy(true);
    setNotice(null);
    const result = await gateway.setSiteOn(host, on);
    setBusy(false);
    if (!result.ok) setNotice(result.message);
    refresh();
  };

  return (
    <main className="cl-page cl-popup">
      <header className="cl-header">
        <h1>CaseLens</h1>
        <button type="button" className="cl-link-button" onClick={() => void gateway.openSidePanel()}>
          All cases
        </button>
      </header>
      <p className="cl-muted cl-small">Bundled data as of {dateWithAge(dataset.asOf, now)}</p>
      {notice && (
        <p className="cl-warning" role="alert">
          {notice}
        </p>
      )}
      {load.state === 'loading' && <p className="cl-empty">Looking at this page…</p>}
      {load.state === 'error' && (
        <p className="cl-empty" role="alert">
          {load.message}
        </p>
      )}
      {load.state === 'ready' && <TabView tab={load.tab} index={index} now={now} busy={busy} gateway={gateway} onToggle={toggle} />}
    </main>
  );
}

function TabView({
  tab,
  index,
  now,
  busy,
  gateway,
  onToggle,
}: {
  tab: TabState;
  index: ReturnType<typeof indexDataset>;
  now: Date;
  busy: boolean;
  gateway: PopupGateway;
  onToggle: (host: string, on: boolean) => void;
}) {
  if (tab.kind === 'unsupported') {
    return <p className="cl-empty">CaseLens can’t run on this page. {tab.reason}</p>;
  }
  const switchEl = <SiteSwitch host={tab.host} on={tab.siteOn} busy={busy} onChange={(on) => onToggle(tab.host, on)} />;
  if (!tab.siteOn) {
    return (
      <>
        {switchEl}
        <p className="cl-empty">
          CaseLens is off for {tab.host}.{' '}
          {tab.isDefaultSite ? 'Switch it on to mark names again.' : 'Switch it on to mark names here; your browser will ask to allow this site.'}
        </p>
      </>
    );
  }
  if (tab.noAccess) {
    return (
      <>
        {switchEl}
        <p className="cl-warning" role="alert">
          Your browser isn’t letting CaseLens read pages on {tab.host}, so nothing is marked here. Allow it in the add-on’s permissions
          (Firefox: about:addons → CaseLens → Permissions; Chrome: the extension’s Details → Site access), then reload the page.
        </p>
      </>
    );
  }
  const groups = tab.results ? groupPage(tab.results, index) : null;
  return (
    <>
      {switchEl}
      {tab.saveError && (
        <p className="cl-warning" role="alert">
          {tab.saveError} {tab.results ? 'What is shown may be out of date.' : 'The names on this page can\'t be shown.'} Closing tabs you no longer need frees the space.
        </p>
      )}
      {!groups || groups.total === 0 ? (
        tab.saveError && !tab.results ? null : (
          <p className="cl-empty">
            {tab.results ? 'No names from the CaseLens cases on this page.' : 'This page has not been scanned yet. Reload it to scan.'}
          </p>
        )
      ) : (
        <>
          <section aria-labelledby="cases-h">
            <h2 id="cases-h">Cases this page is about</h2>
            {groups.cases.map((c) => (
              <CaseSummary key={c.item.id} item={c.item} latest={c.latestEvent} now={now} onOpen={(id) => void gateway.openSidePanel(id)} />
            ))}
          </section>
          <EntityGroup id="people-h" title="People" list={groups.people} onReveal={(eid) => void gateway.reveal(eid)} />
          <EntityGroup id="others-h" title="Organizations, places and courts" list={groups.others} onReveal={(eid) => void gateway.reveal(eid)} />
        </>
      )}
    </>
  );
}

function EntityGroup({ id, title, list, onReveal }: { id: string; title: string; list: FoundEntity[]; onReveal: (id: string) => void }) {
  if (list.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul className="cl-list">
        {list.map((f) => (
          <EntityRow key={f.entity.id} found={f} onReveal={onReveal} />
        ))}
      </ul>
    </section>
  );
}
