/**
 * The bundled dataset, assembled from its JSON parts.
 *
 * `rawDataset` is unvalidated input. The build (wxt.config.ts) and `npm run data:check` refuse a dataset
 * that fails lib/dataset/validate.ts, so pages may parse it once with zod and the content script may
 * take `bundledDataset` as checked (it skips zod to stay small).
 */
import type { Dataset } from '../../lib/dataset/schema';
import cases from './cases.json';
import courts from './entities.courts.json';
import orgs from './entities.orgs.json';
import people from './entities.people.json';
import places from './entities.places.json';
import meta from './meta.json';

export const rawDataset: unknown = {
  ...meta,
  entities: [...people, ...orgs, ...places, ...courts],
  cases,
};

/** Checked at build time and in the tests; see the note above. */
export const bundledDataset = rawDataset as Dataset;
