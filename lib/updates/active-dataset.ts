/**
 * Which dataset is in use: the stored update when it is present, valid (limits included) and usable
 * with the bundled one (lib/updates/freshness `usableWithBundled`: the same version, a later date; an
 * extension update may bring newer bundled data than an old stored update), otherwise the bundled
 * dataset. Every reader re-validates the stored value with zod: storage.local is writable by content scripts.
 */
import { datasetSchema, type Dataset } from '../dataset/schema';
import { validateDataset } from '../dataset/validate';
import { usableWithBundled } from './freshness';
import { loadSettings } from '../settings-store';
import { staleDatasetKeys } from './dataset-switch';
import { DATASET_UPDATE_KEY, DATASET_UPDATE_SOURCE_KEY } from './keys';

export interface ActiveDataset {
  dataset: Dataset;
  source: 'bundled' | 'update';
  /** The bundled dataset, parsed. */
  bundled: Dataset;
}

/** `rawBundled` is parsed with the schema (it was fully checked at build time). */
export function pickActiveDataset(rawBundled: unknown, storedUpdate: unknown, today: string): ActiveDataset {
  const bundled = datasetSchema.parse(rawBundled);
  if (storedUpdate === undefined || storedUpdate === null) return { dataset: bundled, source: 'bundled', bundled };
  const checked = validateDataset(storedUpdate, today);
  if (checked.ok && usableWithBundled(checked.dataset, bundled)) return { dataset: checked.dataset, source: 'update', bundled };
  return { dataset: bundled, source: 'bundled', bundled };
}

/**
 * Reads the stored update from `area` (a storage.local-like area) and picks; it counts only while the
 * dataset update is on with the URL it came from (lib/updates/dataset-switch). A read error means bundled.
 */
export async function loadActiveDataset(
  area: { get(key: string): Promise<Record<string, unknown>> },
  rawBundled: unknown,
  today: string = new Date().toISOString().slice(0, 10),
): Promise<ActiveDataset> {
  const read = async (key: string) => (await area.get(key).catch((): Record<string, unknown> => ({})))[key];
  const stored = await read(DATASET_UPDATE_KEY);
  const off = stored !== undefined && staleDatasetKeys((await loadSettings(area)).updates, await read(DATASET_UPDATE_SOURCE_KEY)).length > 0;
  return pickActiveDataset(rawBundled, off ? undefined : stored, today);
}
