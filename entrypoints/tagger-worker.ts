/**
 * Unlisted script, run as a dedicated Worker: compromise's tagger for the background's matching
 * (lib/match/batched-tags). In Chrome the offscreen document (entrypoints/offscreen) starts it, in
 * Firefox the background page does; either way compromise loads and runs off the background's thread,
 * so the background answers pages while it loads. It answers only well-formed, bounded requests.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { parseSentences } from '../lib/match/disambiguate-compromise';
import { tagRequestSchema, type TagAnswer } from '../lib/match/tagger-messages';

export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as { onmessage: ((e: MessageEvent) => void) | null; postMessage: (a: TagAnswer) => void };
  scope.onmessage = (e) => {
    const request = tagRequestSchema.safeParse(e.data);
    if (!request.success) {
      const id = (e.data as { id?: unknown } | null)?.id;
      scope.postMessage({ id: typeof id === 'number' && Number.isInteger(id) && id >= 0 ? id : 0, error: 'malformed request' });
      return;
    }
    try {
      scope.postMessage({ id: request.data.id, terms: parseSentences(request.data.sentences) });
    } catch (err) {
      scope.postMessage({ id: request.data.id, error: err instanceof Error ? err.message.slice(0, 500) : 'tagger failed' });
    }
  };
});
