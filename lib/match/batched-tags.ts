/**
 * Pass 2 with a tagger that answers asynchronously (compromise in another thread, as the extension's
 * background has it): the resolve runs once with a parser that only writes down the sentences it is
 * asked about; when it asked none (the rules settled every name) that result stands and the tagger is
 * never called. Otherwise the sentences go to the tagger in one batch and the resolve runs
 * again with the answers, as often as new sentences come up (at most MAX_ROUNDS). The result is what
 * the same resolve gives with a tagger in its own thread (the CLI's), which tests/lib/match checks.
 * When the tagger fails (not loaded, timed out), the rules alone decide, as they did without one.
 */
import { MAX_SENTENCE_CHARS, matchOptionsFrom, type ParsedTerm } from './tagger-options';
import type { MatchOptions, Mention } from './types';

/** Sentences per tagger request. */
export const MAX_BATCH_SENTENCES = 512;
/** Resolves per request: each round adds only sentences a previous answer led to. */
const MAX_ROUNDS = 4;

/** Tags a batch of sentences (one list of terms per sentence, in order); rejects when it can't. */
export type TagSentences = (sentences: string[]) => Promise<ParsedTerm[][]>;

export interface TaggedResolve<T> {
  result: T;
  /** Sentences sent to the tagger. */
  sentences: number;
  /** Why the rules alone decided, if they did because the tagger failed. */
  taggerError?: string;
}

/**
 * `run(options)` is the pure resolve (page.resolveRange with those options). Sentences over
 * MAX_SENTENCE_CHARS, or past MAX_BATCH_SENTENCES in a round, stay unknown (the name is settled
 * without their tags).
 */
export async function resolveWithTags<T = Mention[][]>(run: (options?: MatchOptions) => T, tag: TagSentences): Promise<TaggedResolve<T>> {
  const known = new Map<string, readonly ParsedTerm[]>();
  let sent = 0;
  let result: T | undefined;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const asked = new Set<string>();
    result = run(
      matchOptionsFrom((sentence) => {
        const terms = known.get(sentence);
        if (!terms && sentence.length <= MAX_SENTENCE_CHARS && asked.size < MAX_BATCH_SENTENCES) asked.add(sentence);
        return terms;
      }),
    );
    if (asked.size === 0 || round === MAX_ROUNDS - 1) break;
    const batch = [...asked];
    let answers: ParsedTerm[][];
    try {
      answers = await tag(batch);
      if (!Array.isArray(answers) || answers.length !== batch.length) throw new Error(`the tagger answered ${Array.isArray(answers) ? answers.length : 'no list'} for ${batch.length} sentences`);
    } catch (e) {
      return { result: run(), sentences: sent, taggerError: e instanceof Error ? e.message : String(e) };
    }
    sent += batch.length;
    batch.forEach((s, i) => known.set(s, answers[i] ?? []));
  }
  return { result: result as T, sentences: sent };
}
