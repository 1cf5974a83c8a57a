/**
 * A dataset update outlives neither its switch nor its URL: switched off, or pointed at another URL,
 * the stored update (and the record of its last check) is removed, so the bundled data is in use at once.
 */
import type { UpdateSettings } from '../settings';
import { DATASET_STATUS_KEY, DATASET_UPDATE_KEY, DATASET_UPDATE_SOURCE_KEY } from './keys';

export const DATASET_KEYS = [DATASET_UPDATE_KEY, DATASET_UPDATE_SOURCE_KEY, DATASET_STATUS_KEY] as const;

/**
 * The keys to remove, given the settings and the URL the stored update came from (undefined when none
 * was recorded: an update stored before the URL was, which stays only while updates are on).
 */
export function staleDatasetKeys(updates: Pick<UpdateSettings, 'datasetEnabled' | 'datasetUrl'>, storedSource: unknown): string[] {
  if (!updates.datasetEnabled || !updates.datasetUrl) return [...DATASET_KEYS];
  if (storedSource !== undefined && storedSource !== updates.datasetUrl) return [...DATASET_KEYS];
  return [];
}
