/**
 * The bundled dataset for Node (the build, the tests and the command-line tools), read from this folder
 * and assembled. `rawDataset` is unvalidated input: the build (wxt.config.ts) and `npm run data:check`
 * refuse a dataset with any problem, so tools may take `bundledDataset` as checked.
 * The extension imports the same assembled dataset from `virtual:caselens-dataset` instead.
 */
import type { Dataset } from '../../lib/dataset/schema';
import { checkDatasetDir } from './read';

const checked = checkDatasetDir();

export const rawDataset: unknown = checked.assembled.dataset;
/** Every problem of the bundled dataset (empty when it is valid). */
export const datasetProblems = checked.problems;

/** Checked at build time and in the tests; see the note above. */
export const bundledDataset = rawDataset as Dataset;
