/**
 * The tagger worker's client (entrypoints/tagger-worker.ts): requests with ids, each with a deadline,
 * answers checked (lib/match/tagger-messages). The worker starts on `warm()` or the first request, so
 * compromise is loading while the first page is read; a worker that fails is started again on the next
 * request, at most MAX_STARTS times, then the client gives up and every request is refused at once (the
 * rules alone decide: lib/match/batched-tags).
 *
 * Pure: the caller passes how to start the worker (`new Worker(url)` in a page).
 */
import type { TagSentences } from '../match/batched-tags';
import { tagAnswerSchema, type TagAnswer } from '../match/tagger-messages';
import type { ParsedTerm } from '../match/tagger-options';

/** The least of a Worker this uses. */
export interface WorkerLike {
  postMessage(message: unknown): void;
  onmessage: ((e: MessageEvent) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  terminate(): void;
}

/** Worker starts before the client gives up (one at first, then after each crash). */
export const MAX_STARTS = 3;
/** How long a request may wait, by default: the first one includes loading compromise (about 200 ms). */
export const TAG_TIMEOUT_MS = 3_000;

interface Pending {
  resolve: (terms: ParsedTerm[][]) => void;
  reject: (e: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

export interface TaggerClient {
  tag: TagSentences;
  /** Starts the worker now, if it isn't running. */
  warm(): void;
}

export function taggerClient(start: () => WorkerLike, timeoutMs = TAG_TIMEOUT_MS): TaggerClient {
  let worker: WorkerLike | null = null;
  let starts = 0;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (why: string) => {
    for (const p of pending.values()) {
      clearTimeout(p.timer);
      p.reject(new Error(why));
    }
    pending.clear();
  };
  const settle = (answer: TagAnswer) => {
    const p = pending.get(answer.id);
    if (!p) return; // timed out already
    pending.delete(answer.id);
    clearTimeout(p.timer);
    if ('error' in answer) p.reject(new Error(`the tagger refused: ${answer.error}`));
    else p.resolve(answer.terms);
  };

  function running(): WorkerLike | null {
    if (worker) return worker;
    if (starts >= MAX_STARTS) return null;
    starts += 1;
    try {
      const w = start();
      w.onmessage = (e) => {
        const answer = tagAnswerSchema.safeParse(e.data);
        if (answer.success) settle(answer.data as TagAnswer);
      };
      w.onerror = () => {
        if (worker === w) worker = null;
        w.terminate();
        failAll('the tagger worker failed');
      };
      worker = w;
    } catch {
      worker = null;
    }
    return worker;
  }

  return {
    warm: () => void running(),
    tag(sentences) {
      const w = running();
      if (!w) return Promise.reject(new Error('the tagger is not available'));
      const id = nextId++;
      return new Promise<ParsedTerm[][]>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`the tagger did not answer within ${timeoutMs} ms`));
        }, timeoutMs);
        pending.set(id, { resolve, reject, timer });
        try {
          w.postMessage({ id, sentences });
        } catch (e) {
          pending.delete(id);
          clearTimeout(timer);
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      });
    },
  };
}
