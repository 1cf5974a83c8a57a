/**
 * The data pages are matched and carded against: the stored update while the dataset update is on with
 * its URL, when it passes every check again and its names compile within budget (lib/updates/active-data),
 * else the bundled dataset. Read once
 * and forgotten when the stored update changes; the card index is derived once per dataset.
 */
import { browser } from 'wxt/browser';
import serializedMatcher from 'virtual:caselens-match-index';
import bundledDataset from 'virtual:caselens-dataset';
import type { Dataset } from '../../lib/dataset/schema';
import { cardViewFor, type CardView } from '../../lib/hover/card-view';
import { casesMentioned, loadMatcher, type CompiledMatcher } from '../../lib/match';
import { loadSettings, SETTINGS_KEY } from '../../lib/settings-store';
import { createActiveData } from '../../lib/updates/active-data';
import { staleDatasetKeys } from '../../lib/updates/dataset-switch';
import { DATASET_STATUS_KEY, DATASET_UPDATE_KEY, DATASET_UPDATE_SOURCE_KEY } from '../../lib/updates/keys';
import type { UpdateStatus } from '../../lib/updates/status';
import { indexDataset, type DatasetIndex } from '../../lib/view/dataset-index';

/** `make`, computed once per dataset. */
function perDataset<T>(make: (dataset: Dataset) => T): (dataset: Dataset) => T {
  const cache = new WeakMap<Dataset, T>();
  return (dataset) => {
    let value = cache.get(dataset);
    if (value === undefined) cache.set(dataset, (value = make(dataset)));
    return value;
  };
}

const indexOf = perDataset<DatasetIndex>(indexDataset);
/** The bundled dataset's matcher was compiled at build time and is only loaded. */
let bundledMatcher: CompiledMatcher | undefined;
const loadBundledMatcher = () => (bundledMatcher ??= loadMatcher(serializedMatcher));

/** The stored update, only while the dataset update is on with the URL it came from (whatever events were missed). */
async function readStored(): Promise<unknown> {
  const area = browser.storage.local;
  const got = await area.get([DATASET_UPDATE_KEY, DATASET_UPDATE_SOURCE_KEY]);
  if (got[DATASET_UPDATE_KEY] === undefined) return undefined;
  const { updates } = await loadSettings(area);
  return staleDatasetKeys(updates, got[DATASET_UPDATE_SOURCE_KEY]).length > 0 ? undefined : got[DATASET_UPDATE_KEY];
}

const active = createActiveData({
  readStored,
  bundled: bundledDataset,
  bundledMatcher: loadBundledMatcher,
  // An update that passed validation but can't be compiled is removed, so no later read compiles it again.
  onUnusable: (message) => {
    console.warn('CaseLens:', message);
    const status: UpdateStatus = { at: Date.now(), outcome: 'rejected', message };
    void browser.storage.local.set({ [DATASET_STATUS_KEY]: status }).then(() => browser.storage.local.remove(DATASET_UPDATE_KEY)).catch(() => undefined);
  },
});

/** Forgets the active dataset when the stored update changes; call once from the background's setup. */
export function watchCardData(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && (DATASET_UPDATE_KEY in changes || DATASET_UPDATE_SOURCE_KEY in changes || SETTINGS_KEY in changes)) active.forget();
  });
}

/** The active dataset (validated once per stored update, not once per use: the alarm ticks each minute). */
export const activeDataset = async (): Promise<Dataset> => (await active.get()).dataset;

/** The matcher of the active dataset (virtual:caselens-match-index for the bundled one). */
export const activeMatcher = async (): Promise<CompiledMatcher> => (await active.get()).matcher;

/** The card for `entityId` on a page with these mention counts; null when no dataset knows the id. */
export async function cardFor(entityId: string, counts: Record<string, number>): Promise<CardView | null> {
  const { dataset, matcher } = await active.get();
  const now = new Date();
  const cardIn = (d: Dataset, m: CompiledMatcher) => cardViewFor(entityId, indexOf(d), { counts, caseIds: casesMentioned(m.targets, counts) }, now);
  // A mark made before an update arrived may name an id the update dropped: it still gets its bundled card.
  return cardIn(dataset, matcher) ?? (dataset === bundledDataset ? null : (cardIn(bundledDataset, loadBundledMatcher()) ?? null));
}
