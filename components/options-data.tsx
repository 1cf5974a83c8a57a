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
      <label className="cl-switch">
        <input
          type="checkbox"
          role="switch"
          name="datasetEnabled"
          checked={updates.datasetEnabled}
          disabled={!updates.datasetEnabled && !urlOk}
          onChange={(e) => props.onDataset(e.currentTarget.checked, url.trim())}
        />
        <span>Check this URL for a newer dataset</span>
      </label>
      {updates.datasetEnabled && url.trim() !== updates.datasetUrl && urlOk && (
        <button type="button" onClick={() => props.onDataset(true, url.trim())}>
          Use this URL
        </button>
      )}
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
      <label className="cl-switch">
        <input
          type="checkbox"
          role="switch"
          name="courtListenerEnabled"
          checked={updates.courtListenerEnabled}
          disabled={!updates.courtListenerEnabled && token.trim() === ''}
          onChange={(e) => props.onCourtListener(e.currentTarget.checked, token.trim())}
        />
        <span>Read the latest docket entries from CourtListener</span>
      </label>
      {updates.courtListenerEnabled && token.trim() !== updates.courtListenerToken && token.trim() !== '' && (
        <button type="button" onClick={() => props.onCourtListener(true, token.trim())}>
          Use this token
        </button>
      )}
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
