/**
 * CaseLens content script.
 *
 *   settings (local:settings, site on?) ──> ScanSession (one pass per page / navigation, own AbortController)
 *
 *   block-source   scan-pass        background (lib/match)         annotate              hover-glue + card-host
 *   scan (DOM ──> text blocks) ──> match (blocks ──> mentions) ──> annotate (──> marks) ──> hover (marks ──> card)
 *        ^                                                              │
 *        └──── observe (MutationObserver, batched per frame, budget per second) <── new content
 *
 * Every stage hangs off one AbortSignal (ctx.signal, then one per "site on" period, then one per pass):
 * aborting removes observers and listeners and unwraps every mark. Work runs in chunks of < 8 ms
 * (work-clock), each recorded as a `caselens:scan` performance measure. The matcher runs in the
 * background (message matchBlocks, one page context per pass): this script only reads
 * the page's text and writes marks, so a page never pays for loading or running the matcher.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { storage } from 'wxt/utils/storage';
import type { Mention } from '../../lib/match/types';
import type { ProtocolMap } from '../../lib/protocol';
import { isSiteOn } from '../../lib/site-rules';
import { DEFAULT_MATCH_PATTERNS } from '../../lib/sites';
import { CardHost } from './card-host';
import { startHover } from './hover-glue';
import { installMarkStyles } from './marks';
import { debounce, pageReport } from './page-results';
import { revealEntity } from './reveal';
import type { PageMatcher } from './scan-pass';
import { viewportWatch } from './near-view';
import { ScanSession } from './scan-session';
import { readLiteSettings, SETTINGS_ITEM, type LiteSettings } from './settings-lite';

/** Results settle for this long before they are sent (a page that grows sends once, not per batch). */
const REPORT_DEBOUNCE_MS = 400;
/** Set on the script's own global so that a manifest script and a registered one never both run. */
const RUNNING = Symbol.for('caselens.content.running');

const messaging = defineExtensionMessaging<ProtocolMap>();
let reported = false;
function reportOnce(error: unknown): void {
  if (reported) return;
  reported = true;
  console.debug('[CaseLens]', error);
}

/** A new page context in the background's matcher, for one scan pass. */
function remoteMatcher(): PageMatcher {
  const pass = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return { match: (first, texts, resolve) => messaging.sendMessage('matchBlocks', { pass, first, texts, resolve }) };
}

/** Marks and the hover card while the site is on; aborting `signal` takes it all down. Returns the scan session. */
function activate(signal: AbortSignal, settings: () => LiteSettings): ScanSession {
  // Nothing heavy here: the marks' style sheet is adopted before the first mark is written, the card's
  // shadow host and React root are made on first hover.
  let removeStyles: (() => void) | undefined;
  let counts: Record<string, number> = {};
  const send = debounce((mentions: readonly Mention[]) => {
    const report = pageReport(mentions, location.href);
    counts = report.counts;
    void messaging.sendMessage('reportResults', report).catch(reportOnce);
  }, REPORT_DEBOUNCE_MS);
  const session = new ScanSession(document, signal, {
    newMatcher: remoteMatcher,
    beforeFirstMark: () => (removeStyles ??= installMarkStyles(document)),
    markMode: () => settings().markMode,
    onMentions: send,
    onError: reportOnce,
    nearWatch: viewportWatch(window),
  });
  const host = new CardHost(
    document,
    (target) => void messaging.sendMessage('openSidePanel', target).catch(reportOnce),
    () => messaging.sendMessage('loadCardRender'),
  );
  startHover({
    doc: document,
    signal,
    host,
    delayMs: () => settings().hoverDelayMs,
    viewFor: (entityId) => messaging.sendMessage('getCard', { entityId, counts }),
  });
  signal.addEventListener('abort', () => {
    send.cancel();
    removeStyles?.();
    delete document.documentElement.dataset.caselensReady;
  });
  document.documentElement.dataset.caselensReady = '1';
  session.restart();
  return session;
}

export default defineContentScript({
  matches: DEFAULT_MATCH_PATTERNS,
  runAt: 'document_idle',
  async main(ctx) {
    const global = globalThis as { [RUNNING]?: boolean };
    if (global[RUNNING]) return;
    global[RUNNING] = true;
    ctx.onInvalidated(() => delete global[RUNNING]);
    let settings = readLiteSettings(await storage.getItem<unknown>(SETTINGS_ITEM).catch(() => null));
    let active: AbortController | undefined;
    let session: ScanSession | undefined;
    const apply = () => {
      const on = isSiteOn(location.hostname, settings.rules);
      if (on && !active && !ctx.signal.aborted) {
        active = new AbortController();
        ctx.signal.addEventListener('abort', () => active?.abort(), { once: true });
        session = activate(active.signal, () => settings);
      } else if (!on && active) {
        active.abort();
        active = undefined;
        session = undefined;
        void messaging.sendMessage('reportResults', pageReport([], location.href)).catch(reportOnce);
      }
    };
    const unwatch = storage.watch<unknown>(SETTINGS_ITEM, (value) => {
      settings = readLiteSettings(value);
      apply();
    });
    ctx.onInvalidated(unwatch);
    // A single-page navigation: a fresh pass for the new article. WXT dispatches a name of its own
    // (`<runtime id>:<entrypoint>:wxt:locationchange`, from the Navigation API's `navigate`, which fires
    // before the page swaps its content), so only ctx.addEventListener hears it; the pass starts after
    // the current task, once a page that swaps its content right after pushState has done so.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      ctx.setTimeout(() => session?.restart(), 0);
    });
    messaging.onMessage('revealEntity', ({ data: id }) => {
      session?.writeFirst(id);
      return revealEntity(document, id);
    });
    messaging.onMessage('ping', () => 'pong');
    try {
      apply();
    } catch (e) {
      reportOnce(e);
    }
  },
});
