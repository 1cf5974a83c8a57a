/**
 * The hover card's data, answered for the content script (which ships only the match index): the
 * card view of a marked id from the dataset the pages use, the stored update when there is a valid
 * newer one (lib/updates/trusted-dataset), else the bundled dataset. The index is built once and
 * rebuilt when the stored update changes.
 */
import { browser } from 'wxt/browser';
import { bundledDataset } from '../../assets/dataset/index';
import { cardViewFor, type CardView } from '../../lib/hover/card-view';
import { DATASET_UPDATE_KEY } from '../../lib/updates/keys';
import { pickTrustedDataset } from '../../lib/updates/trusted-dataset';
import { indexDataset, type DatasetIndex } from '../../lib/view/dataset-index';

let bundledIndex: DatasetIndex | undefined;
let activeIndex: Promise<DatasetIndex> | undefined;

const bundled = () => (bundledIndex ??= indexDataset(bundledDataset));

async function loadActive(): Promise<DatasetIndex> {
  const stored: unknown = await browser.storage.local
    .get(DATASET_UPDATE_KEY)
    .then((got) => got[DATASET_UPDATE_KEY])
    .catch(() => undefined);
  const dataset = pickTrustedDataset(bundledDataset, stored);
  return dataset === bundledDataset ? bundled() : indexDataset(dataset);
}

/** Forgets the cached index when the stored update changes; call once from the background's setup. */
export function watchCardData(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && DATASET_UPDATE_KEY in changes) activeIndex = undefined;
  });
}

/** The card for `entityId` on a page with these mention counts; null when no dataset knows the id. */
export async function cardFor(entityId: string, counts: Record<string, number>): Promise<CardView | null> {
  const index = await (activeIndex ??= loadActive());
  const now = new Date();
  // Marks come from the bundled match index: an id an update dropped still gets its bundled card.
  return cardViewFor(entityId, index, counts, now) ?? (index === bundled() ? null : (cardViewFor(entityId, bundled(), counts, now) ?? null));
}
