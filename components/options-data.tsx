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
  /** "Go back to the bundled data": switches the dataset update off and removes it. */
  onUseBundled: () => void;
  checking: boolean;
}

/** Updates are fetched over https only. */
function isHttpsUrl(text: string): boolean {
  try {
    return new URL(text).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Which data is in use, in words: "the data bundled with CaseLens (version 2, as of 2026-12-01)" or "update version 2 of 2026-12-02". */
export function dataInUse(dataset: OptionsDataProps['dataset']): string {
  return dataset.source === 'update'
    ? `update version ${dataset.version} of ${dataset.asOf}`
    : `the data bundled with CaseLens (version ${dataset.version}, as of ${dataset.asOf})`;
}

/** The data section: where the data comes from, and the opt-in updates with exactly what they send. */
export function OptionsData(props: OptionsDataProps) {
  const { updates, dataset } = props;
  const [url, setUrl] = useState(updates.datasetUrl);
  const urlOk = isHttpsUrl(url.trim());
  return (
    <section aria-labelledby="cl-opt-data">
      <h2 id="cl-opt-data">Data</h2>
      <p className="cl-data-in-use">In use: {dataInUse(dataset)}.</p>
      {dataset.source === 'update' && (
        <p>
          <button type="button" name="useBundled" onClick={props.onUseBundled}>
            Go back to the bundled data
          </button>{' '}
          <span className="cl-small cl-muted">This switches the dataset update off and removes the update.</span>
        </p>
      )}
      <p className="cl-muted">The updates below are off unless you switch them on. With all of them off, CaseLens makes no network requests.</p>

      <h3>Dataset update</h3>
      <label className="cl-row">
        <span>Update URL (https, a CaseLens dataset JSON file)</span>
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
        check and limit, is built for this release's dataset version and holds as of a later date than the data in use. Otherwise
        the data in use stays. A later release of CaseLens with newer data replaces any update.
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
