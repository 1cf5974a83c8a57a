/**
 * The background's active data: the dataset and matcher every page is matched and carded against.
 * The stored update is re-validated (schema, limits, consistency, `usableWithBundled`) each time it is
 * read, since content scripts can write storage.local, and its matcher compiled within the budget; a
 * stored update that fails either leaves the bundled data in use. The result is kept until `forget()`
 * (the stored update changed), so a failing update costs one validation and one compile, not one per
 * scan pass. I/O comes in as arguments.
 */
import type { Dataset } from '../dataset/schema';
import type { CompiledMatcher } from '../match/types';
import { pickActiveDataset } from './active-dataset';
import { compileWithinBudget, type CompileOptions } from './compile-update';

export interface ActiveData {
  dataset: Dataset;
  matcher: CompiledMatcher;
  source: 'bundled' | 'update';
}

export interface ActiveDataDeps {
  /** The stored update (the value of DATASET_UPDATE_KEY; undefined when none or unreadable). */
  readStored: () => Promise<unknown>;
  bundled: Dataset;
  bundledMatcher: () => CompiledMatcher;
  today?: () => string;
  compile?: CompileOptions;
  /** Told when a stored update that passed validation could not be compiled (the glue records it and removes it). */
  onUnusable?: (message: string) => void;
}

export interface ActiveDataCache {
  get(): Promise<ActiveData>;
  forget(): void;
}

const isoToday = () => new Date().toISOString().slice(0, 10);

export function createActiveData({ readStored, bundled, bundledMatcher, today = isoToday, compile, onUnusable }: ActiveDataDeps): ActiveDataCache {
  let current: Promise<ActiveData> | undefined;
  const bundledData = (): ActiveData => ({ dataset: bundled, matcher: bundledMatcher(), source: 'bundled' });

  async function load(): Promise<ActiveData> {
    const stored = await readStored().catch(() => undefined);
    if (stored === undefined || stored === null) return bundledData();
    const picked = pickActiveDataset(bundled, stored, today());
    if (picked.source === 'bundled') return bundledData();
    const compiled = compileWithinBudget(picked.dataset, compile);
    if (!compiled.ok) {
      onUnusable?.(`The stored update could not be used: ${compiled.message}. The bundled data is in use.`);
      return bundledData();
    }
    return { dataset: picked.dataset, matcher: compiled.matcher, source: 'update' };
  }

  return {
    get: () => (current ??= load()),
    forget: () => {
      current = undefined;
    },
  };
}
