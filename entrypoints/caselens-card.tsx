/**
 * Unlisted script: the hover card's React part. The background injects it into a tab's isolated world
 * (beside the content script) on the first hover there (see caselens.content/card-host.ts), so a page
 * that is only scanned never loads, compiles or runs React: the content script stays small.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CARD_RENDER_GLOBAL } from '../lib/protocol';
import { createCardRoot, type CardRender } from './caselens.content/card-render';

export default defineUnlistedScript(() => {
  const render: CardRender = { createCardRoot };
  (globalThis as Record<symbol, unknown>)[CARD_RENDER_GLOBAL] = render;
});
