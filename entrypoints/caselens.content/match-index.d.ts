/**
 * `virtual:caselens-match-index`: the matcher compiled from the bundled dataset's match index
 * (lib/dataset/match-index.ts), serialized (lib/match/serialize.ts) at build time by the Vite plugin in
 * wxt.config.ts from the validated dataset. The content script
 * ships this instead of the whole dataset; the hover card's data comes from the background.
 */
declare module 'virtual:caselens-match-index' {
  const matcher: import('../../lib/match/serialize').SerializedMatcher;
  export default matcher;
}
