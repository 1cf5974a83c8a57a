/**
 * `virtual:caselens-match-index`: the bundled dataset's match index (lib/dataset/match-index.ts),
 * made at build time by the Vite plugin in wxt.config.ts from the validated dataset. The content script
 * ships this instead of the whole dataset; the hover card's data comes from the background.
 */
declare module 'virtual:caselens-match-index' {
  const matchIndex: import('../../lib/dataset/match-index').MatchIndex;
  export default matchIndex;
}
