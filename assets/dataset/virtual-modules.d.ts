/**
 * The build's virtual modules (./dataset-plugin.ts), made from the validated, assembled dataset.
 * - `virtual:caselens-dataset`: the dataset itself (lib/dataset/schema.ts).
 * - `virtual:caselens-match-index`: the matcher compiled from its match index (lib/dataset/match-index.ts),
 *   serialized (lib/match/serialize.ts). The background loads it for the content scripts' matching
 *   (entrypoints/background/matching.ts) instead of compiling the dataset when it starts.
 */
declare module 'virtual:caselens-dataset' {
  const dataset: import('../../lib/dataset/schema').Dataset;
  export default dataset;
}
declare module 'virtual:caselens-match-index' {
  const matcher: import('../../lib/match/serialize').SerializedMatcher;
  export default matcher;
}
