import { useState } from 'react';
import type { UpdateSettings } from '../lib/settings';
import type { UpdateStatus } from '../lib/updates/status';
import { OptionsCourtListener } from './options-courtlistener';
import { OptionsStatus } from './options-status';
import { UpdateSwitch } from './update-switch';

export interface OptionsDataProps {
  updates: UpdateSettings;
  dataset: { version: number; asOf: string; source: 'bundled' | 'update' };
  datasetStatus: UpdateStatus | null;
  courtListenerStatus: UpdateStatus | null;
  courtListenerSearchStatus: UpdateStatus | null;
  /** Called from the click itself, so the page can ask for the host permission first. */
  onDataset: (enabled: boolean, url: string) => void;
  onCourtListener: (enabled: boolean, token: string) => void;
  onCourtListenerSearch: (enabled: boolean) => void;
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

/** The data section: where the data comes from, and the opt-in updates with exactly what they send. */
export function OptionsData(props: OptionsDataProps) {
  const { updates, dataset } = props;
  const [url, setUrl] = useState(updates.datasetUrl);
  const urlOk = isHttpUrl(url.trim());
  return (
    <section aria-labelledby="cl-opt-data">
      <h2 id="cl-opt-data">Data</h2>
      <p>
        In use: {dataset.source === 'update' ? 'an update' : 'the data bundled with CaseLens'}, version {dataset.version}, as of {dataset.asOf}.
      </p>
      <p className="cl-muted">The updates below are off unless you switch them on. With all of them off, CaseLens makes no network requests.</p>

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

      <OptionsCourtListener
        updates={updates}
        status={props.courtListenerStatus}
        searchStatus={props.courtListenerSearchStatus}
        onCourtListener={props.onCourtListener}
        onSearch={props.onCourtListenerSearch}
      />

      <button type="button" onClick={props.onCheckNow} disabled={props.checking || (!updates.datasetEnabled && !updates.courtListenerEnabled && !updates.courtListenerSearchEnabled)}>
        {props.checking ? 'Checking…' : 'Check now'}
      </button>
    </section>
  );
}
