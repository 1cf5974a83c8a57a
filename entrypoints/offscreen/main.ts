/**
 * Chrome's offscreen document (reason WORKERS): it starts the tagger worker (entrypoints/tagger-worker.ts)
 * as soon as it opens and passes the background's `tagSentences` requests to it. It answers only the
 * background (lib/message-check: sender and shape), and holds nothing but the worker.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import { checkMessage, type SenderFacts } from '../../lib/message-check';
import { taggerClient } from '../../lib/platform/tagger-client';
import { TAGGER_WORKER_FILE, type ProtocolMap } from '../../lib/protocol';

const tagger = taggerClient(() => new Worker(browser.runtime.getURL(TAGGER_WORKER_FILE)));
tagger.warm();

const messaging = defineExtensionMessaging<ProtocolMap>();
messaging.onMessage('tagSentences', ({ data, sender }) => {
  const verdict = checkMessage('tagSentences', data, sender as SenderFacts, browser.runtime.getURL('/'));
  if (!verdict.ok) throw new Error(`Refused: ${verdict.reason}`);
  return tagger.tag(verdict.data.sentences);
});
