/**
 * Which dataset the popup and side panel show: the stored update when it is present, valid and newer
 * than the bundled one (an extension update may bring newer bundled data than an old stored update),
 * otherwise the bundled dataset. Pages re-validate the stored value with zod.
 */
import { datasetSchema, type Dataset } from '../dataset/schema';
import { validateDataset } from '../dataset/validate';
import { isNewer } from './freshness';
import { DATASET_UPDATE_KEY } from './keys';

export interface ActiveDataset {
  dataset: Dataset;
  source: 'bundled' | 'update';
}

/** `rawBundled` is parsed with the schema (it was fully checked at build time). */
export function pickActiveDataset(rawBundled: unknown, storedUpdate: unknown, today: string): ActiveDataset {
  const bundled = datasetSchema.parse(rawBundled);
  if (storedUpdate === undefined || storedUpdate === null) return { dataset: bundled, source: 'bundled' };
  const checked = validateDataset(storedUpdate, today);
  if (checked.ok && isNewer(checked.dataset, bundled)) return { dataset: checked.dataset, source: 'update' };
  return { dataset: bundled, source: 'bundled' };
}

/** Reads the stored update from `area` (a storage.local-like area) and picks; a read error means bundled. */
export async function loadActiveDataset(
  area: { get(key: string): Promise<Record<string, unknown>> },
  rawBundled: unknown,
  today: string = new Date().toISOString().slice(0, 10),
): Promise<ActiveDataset> {
  const stored = await area.get(DATASET_UPDATE_KEY).catch((): Record<string, unknown> => ({}));
  return pickActiveDataset(rawBundled, stored[DATASET_UPDATE_KEY], today);
}
