/**
 * CaseLens content script.
 *
 *   scan (DOM -> text blocks) -> match (text -> mentions, pure) -> annotate (mentions -> marks) -> hover (marks -> card)
 *
 * Everything hangs off WXT's ctx.signal: aborting removes observers and listeners and unwraps every mark.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { DEFAULT_MATCH_PATTERNS } from '../../lib/sites';

export default defineContentScript({
  matches: DEFAULT_MATCH_PATTERNS,
  runAt: 'document_idle',
  main() {
    document.documentElement.dataset.caselensReady = '1';
  },
});
