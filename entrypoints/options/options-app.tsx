import { useCallback, useEffect, useState } from 'react';
import { OptionsData } from '../../components/options-data';
import { OptionsDisplay } from '../../components/options-display';
import { OptionsSites } from '../../components/options-sites';
import type { Settings } from '../../lib/settings';
import { withoutSite, withSite } from '../../lib/settings-store';
import { COURTLISTENER_PATTERN, originPattern, originsToRelease } from '../../lib/updates/origins';
import type { OptionsGateway, OptionsState } from '../../lib/view/gateway';

/** The options page: sites, marks and cards, and the opt-in data updates. */
export function OptionsApp({ gateway }: { gateway: OptionsGateway }) {
  const [state, setState] = useState<OptionsState | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);

  const refresh = useCallback(() => {
    gateway.load().then(
      (loaded) => {
        setState(loaded);
        setLoadError(null);
      },
      // No form on settings that could not be read: it would show (and save) defaults as if they were the user's.
      (err: unknown) => setLoadError(`${err instanceof Error ? err.message : `Could not read your settings: ${String(err)}`} Nothing is shown or changed until they can be read; try reloading this page.`),
    );
  }, [gateway]);
  useEffect(() => {
    refresh();
    return gateway.subscribe(refresh);
  }, [gateway, refresh]);

  const save = useCallback(
    (change: (s: Settings) => Settings) => {
      // Show the change at once (controlled inputs would otherwise snap back until the write ends);
      // the reload after the write shows what was really stored.
      setState((s) => (s ? { ...s, settings: change(s.settings) } : s));
      void gateway.save(change).then((r) => {
        setMessage(r.ok ? null : r.message);
        refresh();
      });
    },
    [gateway, refresh],
  );

  if (loadError) {
    return (
      <main className="cl-page cl-options">
        <h1>CaseLens options</h1>
        <p className="cl-warning" role="alert">
          {loadError}
        </p>
      </main>
    );
  }
  if (!state) return <main className="cl-page cl-options">Loading…</main>;
  const { settings } = state;
  const setUpdates = (patch: Partial<Settings['updates']>) => save((s) => ({ ...s, updates: { ...s.updates, ...patch } }));

  const onDataset = (enabled: boolean, url: string) => {
    const pattern = originPattern(url);
    if (!enabled) {
      void gateway.releaseOrigins(originsToRelease(settings, 'dataset'));
      return setUpdates({ datasetEnabled: false });
    }
    if (!pattern) return setMessage('Dataset updates stay off: the update URL is not an https web address.');
    // A new URL while on: the old one's host is given back once the new one is granted.
    const previous = settings.updates.datasetEnabled ? originsToRelease(settings, 'dataset').filter((o) => o !== pattern) : [];
    // The permission prompt needs this click's user gesture: ask before anything else (no await before it).
    void gateway.requestOrigins([pattern]).then((ok) => {
      if (ok) {
        setUpdates({ datasetEnabled: true, datasetUrl: url });
        if (previous.length > 0) void gateway.releaseOrigins(previous);
      } else setMessage(`Dataset updates stay off: permission to reach ${new URL(url).origin} was not granted.`);
    });
  };
  /** Either CourtListener switch: asks for www.courtlistener.com when turned on, gives it back when off (if the other is off too). */
  const switchCourtListener = (update: 'courtListener' | 'courtListenerSearch', enabled: boolean, patch: Partial<Settings['updates']>, what: string) => {
    if (!enabled) {
      void gateway.releaseOrigins(originsToRelease(settings, update));
      return setUpdates(patch);
    }
    void gateway.requestOrigins([COURTLISTENER_PATTERN]).then((ok) => {
      if (ok) setUpdates(patch);
      else setMessage(`${what} stays off: permission to reach www.courtlistener.com was not granted.`);
    });
  };
  const onCourtListener = (enabled: boolean, token: string) =>
    switchCourtListener('courtListener', enabled, { courtListenerEnabled: enabled, courtListenerToken: token }, 'CourtListener');
  const onCourtListenerSearch = (enabled: boolean) =>
    switchCourtListener('courtListenerSearch', enabled, { courtListenerSearchEnabled: enabled }, 'The check for newer filings');
  const onUseBundled = () => {
    void gateway.releaseOrigins(originsToRelease(settings, 'dataset'));
    setUpdates({ datasetEnabled: false });
    void gateway.forgetDatasetUpdate().then(refresh, (err: unknown) => setMessage(`Could not remove the update: ${String(err)}`));
  };
  const onCheckNow = () => {
    setChecking(true);
    void gateway
      .checkNow()
      .catch((err: unknown) => setMessage(`Could not check: ${String(err)}`))
      .finally(() => {
        setChecking(false);
        refresh();
      });
  };

  return (
    <main className="cl-page cl-options">
      <header className="cl-header">
        <h1>CaseLens options</h1>
      </header>
      {message && (
        <p className="cl-warning" role="alert">
          {message}
        </p>
      )}
      <OptionsSites
        disabledSites={settings.disabledSites}
        enabledSites={settings.enabledSites}
        onToggleDefault={(host, on) => save((s) => withSite(s, host, on))}
        onRemove={(host) => save((s) => withoutSite(s, host))}
      />
      <OptionsDisplay
        hoverDelayMs={settings.hoverDelayMs}
        markMode={settings.markMode}
        onDelay={(ms) => save((s) => ({ ...s, hoverDelayMs: ms }))}
        onMarkMode={(mode) => save((s) => ({ ...s, markMode: mode }))}
      />
      <OptionsData
        updates={settings.updates}
        dataset={state.dataset}
        datasetStatus={state.datasetStatus}
        courtListenerStatus={state.courtListenerStatus}
        courtListenerSearchStatus={state.courtListenerSearchStatus}
        onDataset={onDataset}
        onCourtListener={onCourtListener}
        onCourtListenerSearch={onCourtListenerSearch}
        onCheckNow={onCheckNow}
        onUseBundled={onUseBundled}
        checking={checking}
      />
    </main>
  );
}
