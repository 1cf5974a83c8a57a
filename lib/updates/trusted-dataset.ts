/**
 * For the content script, which does not carry zod: the stored update, trusted because the background
 * validated it before storing it, when it looks like a dataset and is newer than the bundled one.
 * Only the cheap shape checks below are made; anything else falls back to the bundled dataset.
 */
import type { Dataset } from '../dataset/schema';
import { isNewer } from './freshness';

function looksLikeDataset(v: unknown): v is Dataset {
  if (typeof v !== 'object' || v === null) return false;
  const d = v as Record<string, unknown>;
  return typeof d.version === 'number' && typeof d.asOf === 'string' && Array.isArray(d.entities) && Array.isArray(d.cases);
}

/** `storedUpdate`: the value of `DATASET_UPDATE_KEY` in storage.local (undefined when none). */
export function pickTrustedDataset(bundled: Dataset, storedUpdate: unknown): Dataset {
  return looksLikeDataset(storedUpdate) && isNewer(storedUpdate, bundled) ? storedUpdate : bundled;
}
