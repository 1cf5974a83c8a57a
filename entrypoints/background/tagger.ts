/**
 * compromise's tagger for the background's matching (lib/match/batched-tags), run off the background's
 * thread in both browsers, so the background answers pages while compromise loads (about 200 ms):
 *   Chrome   a service worker can't start a Worker, so an offscreen document does (reason WORKERS); it is
 *            opened at the worker's start and outlives the worker's stops, so a stopped worker restarts
 *            without reloading compromise.
 *   Firefox  the background is a page (an event page): it starts the Worker itself.
 * Either way the worker is entrypoints/tagger-worker.ts, and a request that fails or takes over
 * TAG_TIMEOUT_MS leaves the names to the rules.
 */
import type { ExtensionMessenger } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import type { TagSentences } from '../../lib/match/batched-tags';
import { TAG_TIMEOUT_MS, taggerClient } from '../../lib/platform/tagger-client';
import { TAGGER_WORKER_FILE, type ProtocolMap } from '../../lib/protocol';

const OFFSCREEN_FILE = '/offscreen.html';

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
interface ContextsApi {
  getContexts?(filter: { contextTypes: string[] }): Promise<unknown[]>;
}

/** Chrome: the offscreen document's tagger, opened now if it isn't open. */
function offscreenTagger(messaging: ExtensionMessenger<ProtocolMap>): { tag: TagSentences; warm: () => void } {
  const offscreen = (browser as unknown as { offscreen?: OffscreenApi }).offscreen;
  const runtime = browser.runtime as unknown as ContextsApi;
  let opening: Promise<void> | null = null;
  const open = (): Promise<void> =>
    (opening ??= (async () => {
      if (!offscreen) throw new Error('no offscreen API');
      const open = (await runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'] })) ?? [];
      if (open.length === 0) {
        await offscreen.createDocument({ url: OFFSCREEN_FILE, reasons: ['WORKERS'], justification: 'Runs the name tagger (compromise) in a worker, off the service worker.' }).catch((e: unknown) => {
          // Another start opened it meanwhile.
          if (!/single offscreen|only a single/i.test(String(e))) throw e;
        });
      }
    })().catch((e: unknown) => {
      opening = null;
      throw e;
    }));
  return {
    warm: () => void open().catch(() => undefined),
    async tag(sentences) {
      await open();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the tagger did not answer within ${TAG_TIMEOUT_MS} ms`)), TAG_TIMEOUT_MS + 500);
      });
      try {
        return await Promise.race([messaging.sendMessage('tagSentences', { sentences }), late]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** The tagger for this browser, started now. */
export function startTagger(messaging: ExtensionMessenger<ProtocolMap>): TagSentences {
  const tagger = import.meta.env.FIREFOX
    ? taggerClient(() => new Worker(browser.runtime.getURL(TAGGER_WORKER_FILE)))
    : offscreenTagger(messaging);
  tagger.warm();
  return tagger.tag;
}
