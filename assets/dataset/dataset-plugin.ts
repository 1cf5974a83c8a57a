/**
 * Build glue (wxt.config.ts; vitest through WxtVitest): the Vite plugin behind two virtual modules, made
 * from the hand-written dataset once it passes every check (./read.ts):
 * - `virtual:caselens-dataset`: the assembled dataset, for the popup, side panel, options page and background;
 * - `virtual:caselens-match-index`: the matcher compiled from its match index (lib/dataset/match-index.ts),
 *   serialized (lib/match/serialize.ts): the background, which matches for the content scripts, loads the
 *   trie instead of compiling it each time the worker starts.
 * Both are emitted as `JSON.parse('...')`, which V8 reads faster than the same object literal.
 */
import { toMatchIndex } from '../../lib/dataset/match-index';
import { compileMatcher } from '../../lib/match/compile';
import { serializeMatcher } from '../../lib/match/serialize';
import { checkDatasetDir } from './read';

export const DATASET_MODULE = 'virtual:caselens-dataset';
export const MATCH_INDEX_MODULE = 'virtual:caselens-match-index';
const MODULES = [DATASET_MODULE, MATCH_INDEX_MODULE];

function checkedDataset() {
  const { result, problems } = checkDatasetDir();
  if (!result.ok || problems.length > 0) {
    throw new Error(`The bundled dataset is invalid:\n${problems.map((p) => `  ${p.where}: ${p.message}`).join('\n')}`);
  }
  return result.dataset;
}

const asModule = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;

export function datasetPlugin() {
  return {
    name: 'caselens-dataset',
    resolveId: (id: string) => (MODULES.includes(id) ? `\0${id}` : undefined),
    load(id: string) {
      if (id === `\0${DATASET_MODULE}`) return asModule(checkedDataset());
      if (id === `\0${MATCH_INDEX_MODULE}`) return asModule(serializeMatcher(compileMatcher(toMatchIndex(checkedDataset()))));
      return undefined;
    },
  };
}
