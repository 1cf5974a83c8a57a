/**
 * Build glue (wxt.config.ts, vitest.config.ts): the Vite plugin behind `virtual:caselens-match-index`.
 * It validates the bundled dataset and emits the matcher compiled from its match index
 * (lib/dataset/match-index.ts), serialized (lib/match/serialize.ts): the background, which matches
 * for the content scripts, loads the trie instead of compiling it each time the worker starts. Emitted as `JSON.parse('...')`, which V8 reads faster than the same object literal.
 */
import { toMatchIndex } from '../../lib/dataset/match-index';
import { compileMatcher } from '../../lib/match/compile';
import { serializeMatcher } from '../../lib/match/serialize';
import { validateDataset } from '../../lib/dataset/validate';
import { rawDataset } from './index';

export const MATCH_INDEX_MODULE = 'virtual:caselens-match-index';
const RESOLVED = `\0${MATCH_INDEX_MODULE}`;

export function matchIndexPlugin() {
  return {
    name: 'caselens-match-index',
    resolveId: (id: string) => (id === MATCH_INDEX_MODULE ? RESOLVED : undefined),
    load(id: string) {
      if (id !== RESOLVED) return undefined;
      const result = validateDataset(rawDataset, new Date().toISOString().slice(0, 10));
      if (!result.ok) throw new Error(`The bundled dataset is invalid: ${result.problems.map((p) => `${p.where}: ${p.message}`).join('; ')}`);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(serializeMatcher(compileMatcher(toMatchIndex(result.dataset)))))});`;
    },
  };
}
