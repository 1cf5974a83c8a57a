import { useState } from 'react';
import type { UpdateSettings } from '../lib/settings';
import type { UpdateStatus } from '../lib/updates/status';
import { OptionsStatus } from './options-status';

export interface OptionsDataProps {
  updates: UpdateSettings;
  dataset: { version: number; asOf: string; source: 'bundled' | 'update' };
  datasetStatus: UpdateStatus | null;
  courtListenerStatus: UpdateStatus | null;
  /** Called from the click itself, so the page can ask for the host permission first. */
  onDataset: (enabled: boolean, url: string) => void;
  onCourtListener: (enabled: boolean, token: string) => void;
  onCheckNow: () => void;
  checking: boolean;
}

function isHttpUrl(text: string): boolean {
  try {
    return ['https:', 'http:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

interface UpdateSwitchProps {
  name: string;
  label: string;
  on: boolean;
  /** The value typed (URL or token) is usable: the switch can be turned on. */
  ready: boolean;
  /** The value typed differs from the stored one: while on, offer to apply it. */
  changed: boolean;
  applyLabel: string;
  /** Called from the click itself (the page may ask for a host permission first). */
  onSwitch: (enabled: boolean) => void;
}

/** An update's on/off switch, and while on, a button to apply a changed value. */
function UpdateSwitch({ name, label, on, ready, changed, applyLabel, onSwitch }: UpdateSwitchProps) {
  return (
    <>
      <label className="cl-switch">
        <input type="checkbox" role="switch" name={name} checked={on} disabled={!on && !ready} onChange={(e) => onSwitch(e.currentTarget.checked)} />
        <span>{label}</span>
      </label>
      {on && changed && ready && (
        <button type="button" onClick={() => onSwitch(true)}>
          {applyLabel}
        </button>
      )}
    </>
  );
}

/** The data section: where the data comes from, and the two opt-in updates with exactly what they send. */
export function OptionsData(props: OptionsDataProps) {
  const { updates, dataset } = props;
  const [url, setUrl] = useState(updates.datasetUrl);
  const [token, setToken] = useState(updates.courtListenerToken);
  const urlOk = isHttpUrl(url.trim());
  return (
    <section aria-labelledby="cl-opt-data">
      <h2 id="cl-opt-data">Data</h2>
      <p>
        In use: {dataset.source === 'update' ? 'an update' : 'the data bundled with CaseLens'}, version {dataset.version}, as of {dataset.asOf}.
      </p>
      <p className="cl-muted">Both updates below are off unless you switch them on. With both off, CaseLens makes no network requests.</p>

      <h3>Dataset update</h3>
      <label className="cl-row">
        <span>Update URL (a CaseLens dataset JSON file)</span>
        <input type="url" name="datasetUrl" value={url} placeholder="https://…/caselens-dataset.json" onChange={(e) => setUrl(e.currentTarget.value)} />
      </label>
      <UpdateSwitch
        name="datasetEnabled"
        label="Check this URL for a newer dataset"
        on={updates.datasetEnabled}
        ready={urlOk}
        changed={url.trim() !== updates.datasetUrl}
        applyLabel="Use this URL"
        onSwitch={(on) => props.onDataset(on, url.trim())}
      />
      <p className="cl-small cl-muted">
        Request made: <code>GET</code> of that URL, at most every 6 hours (and when you press “Check now”), with no cookies, no
        Referer and nothing about the pages you read. The file is used only if it is valid JSON under 2 MB, passes every dataset
        check, and is newer (a higher version, or the same version with a later “as of” date). Otherwise the data in use stays.
      </p>
      <OptionsStatus label="Last dataset check" status={props.datasetStatus} />

      <h3>CourtListener docket entries</h3>
      <label className="cl-row">
        <span>Your CourtListener API token</span>
        <input type="password" name="courtListenerToken" autoComplete="off" value={token} onChange={(e) => setToken(e.currentTarget.value)} />
      </label>
      <UpdateSwitch
        name="courtListenerEnabled"
        label="Read the latest docket entries from CourtListener"
        on={updates.courtListenerEnabled}
        ready={token.trim() !== ''}
        changed={token.trim() !== updates.courtListenerToken}
        applyLabel="Use this token"
        onSwitch={(on) => props.onCourtListener(on, token.trim())}
      />
      <p className="cl-small cl-muted">
        Requests made, to www.courtlistener.com only, with the header <code>Authorization: Token …</code> (your token) and no
        cookies or Referer: for each bundled case with a verified docket number, once,{' '}
        <code>GET /api/rest/v4/dockets/?court=…&amp;docket_number=…</code> (the court and docket number from the dataset), then{' '}
        <code>GET /api/rest/v4/docket-entries/?docket=…&amp;order_by=-date_filed</code> at most every 6 hours. At most one
        request every 20 seconds and 100 a day; fewer after errors. New entries appear in the side panel marked “from
        CourtListener, not yet reviewed”.
      </p>
      <OptionsStatus label="Last CourtListener request" status={props.courtListenerStatus} />

      <button type="button" onClick={props.onCheckNow} disabled={props.checking || (!updates.datasetEnabled && !updates.courtListenerEnabled)}>
        {props.checking ? 'Checking…' : 'Check now'}
      </button>
    </section>
  );
}
