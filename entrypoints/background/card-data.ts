/**
 * The data pages are matched and carded against: the stored update when there is a valid newer one
 * (lib/updates/trusted-dataset), else the bundled dataset. Read once and forgotten when the stored
 * update changes; the card index and the matcher are derived from it once per dataset.
 */
import { browser } from 'wxt/browser';
import serializedMatcher from 'virtual:caselens-match-index';
import bundledDataset from 'virtual:caselens-dataset';
import type { Dataset } from '../../lib/dataset/schema';
import { toMatchIndex } from '../../lib/dataset/match-index';
import { cardViewFor, type CardView } from '../../lib/hover/card-view';
import { casesMentioned, compileMatcher, loadMatcher, type CompiledMatcher } from '../../lib/match';
import { DATASET_UPDATE_KEY } from '../../lib/updates/keys';
import { pickTrustedDataset } from '../../lib/updates/trusted-dataset';
import { indexDataset, type DatasetIndex } from '../../lib/view/dataset-index';

let active: Promise<Dataset> | undefined;

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
/** The bundled dataset's matcher was compiled at build time and is only loaded; an update's is compiled here. */
const matcherOf = perDataset<CompiledMatcher>((dataset) =>
  dataset === bundledDataset ? loadMatcher(serializedMatcher) : compileMatcher(toMatchIndex(dataset)),
);

async function loadActive(): Promise<Dataset> {
  const stored: unknown = await browser.storage.local
    .get(DATASET_UPDATE_KEY)
    .then((got) => got[DATASET_UPDATE_KEY])
    .catch(() => undefined);
  return pickTrustedDataset(bundledDataset, stored);
}

const activeDataset = () => (active ??= loadActive());

/** Forgets the active dataset when the stored update changes; call once from the background's setup. */
export function watchCardData(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && DATASET_UPDATE_KEY in changes) active = undefined;
  });
}

/** The matcher of the active dataset (virtual:caselens-match-index for the bundled one). */
export const activeMatcher = async (): Promise<CompiledMatcher> => matcherOf(await activeDataset());

/** The card for `entityId` on a page with these mention counts; null when no dataset knows the id. */
export async function cardFor(entityId: string, counts: Record<string, number>): Promise<CardView | null> {
  const dataset = await activeDataset();
  const now = new Date();
  const cardIn = (d: Dataset) => cardViewFor(entityId, indexOf(d), { counts, caseIds: casesMentioned(matcherOf(d).targets, counts) }, now);
  // A mark made before an update arrived may name an id the update dropped: it still gets its bundled card.
  return cardIn(dataset) ?? (dataset === bundledDataset ? null : (cardIn(bundledDataset) ?? null));
}
