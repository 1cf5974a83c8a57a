/**
 * The dataset update check: fetch the user's update URL (bounded), let the pure `decideUpdate` judge
 * it against the data in use, store it only when accepted, and always record what happened.
 * I/O comes in as arguments (fetch, a key-value area, the clock), so tests run it against a local server.
 */
import { pickActiveDataset } from '../../lib/updates/active-dataset';
import { decideUpdate } from '../../lib/updates/decide-update';
import { DATASET_STATUS_KEY, DATASET_UPDATE_KEY, DATASET_UPDATE_SOURCE_KEY, FETCH_TIMEOUT_MS, MAX_UPDATE_BYTES } from '../../lib/updates/keys';
import type { UpdateStatus } from '../../lib/updates/status';
import type { KeyValueArea } from '../../lib/settings-store';
import { fetchLimited, type FetchFn } from './updates-fetch';

export interface DatasetCheckDeps {
  fetch: FetchFn;
  area: KeyValueArea;
  /** The update URL from the settings. */
  url: string;
  /** The bundled dataset, as shipped (unvalidated input). */
  bundled: unknown;
  now: number;
  timeoutMs?: number;
  maxBytes?: number;
}

const KEPT = 'The data in use is unchanged.';

export async function checkDatasetUpdate({ fetch, area, url, bundled, now, timeoutMs = FETCH_TIMEOUT_MS, maxBytes = MAX_UPDATE_BYTES }: DatasetCheckDeps): Promise<UpdateStatus> {
  const today = new Date(now).toISOString().slice(0, 10);
  const stored = (await area.get(DATASET_UPDATE_KEY).catch((): Record<string, unknown> => ({})))[DATASET_UPDATE_KEY];
  const { dataset: installed, bundled: bundledData } = pickActiveDataset(bundled, stored, today);
  const fetched = await fetchLimited(fetch, url, { timeoutMs, maxBytes });

  let status: UpdateStatus;
  let update: unknown;
  if (!fetched.ok) {
    status = { at: now, outcome: 'failed', message: `Could not fetch ${url}: ${fetched.message}. ${KEPT}` };
  } else {
    const decision = decideUpdate({ text: fetched.text, byteLength: fetched.bytes, installed, bundled: bundledData, today, maxBytes });
    if (decision.kind === 'accept') {
      update = decision.dataset;
      status = { at: now, outcome: 'updated', message: decision.message };
    } else if (decision.reason === 'up-to-date') {
      status = { at: now, outcome: 'unchanged', message: decision.message };
    } else {
      status = { at: now, outcome: 'rejected', message: `Rejected the update from ${url}: ${decision.message} ${KEPT}` };
    }
  }
  try {
    await area.set(update === undefined ? { [DATASET_STATUS_KEY]: status } : { [DATASET_UPDATE_KEY]: update, [DATASET_UPDATE_SOURCE_KEY]: url, [DATASET_STATUS_KEY]: status });
  } catch (err) {
    status = { at: now, outcome: 'failed', message: `Could not save the update (${err instanceof Error ? err.message : String(err)}). ${KEPT}` };
    await area.set({ [DATASET_STATUS_KEY]: status }).catch(() => undefined);
  }
  return status;
}
