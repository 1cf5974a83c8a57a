/**
 * `virtual:caselens-match-index`: the matcher compiled from the bundled dataset's match index
 * (lib/dataset/match-index.ts), serialized (lib/match/serialize.ts) at build time by the Vite plugin in
 * wxt.config.ts from the validated dataset. The background loads it for the content scripts' matching
 * (entrypoints/background/matching.ts) instead of compiling the dataset when it starts.
 */
declare module 'virtual:caselens-match-index' {
  const matcher: import('../../lib/match/serialize').SerializedMatcher;
  export default matcher;
}
