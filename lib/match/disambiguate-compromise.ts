/**
 * compromise's tagger (`compromise/two`, ~300 KB, about 200 ms to load) for the names the rules can't
 * settle: is the capitalized word before a surname a first name ("Sylvia Garcia") or just a word that
 * starts a sentence ("Deported Garcia ...")? And the tags of the sentence around a name, for ./settle
 * ("Cook said", "Jackson, Mississippi", "Gov. Perry"). The scanner CLI calls it in its own thread; the
 * extension runs `parseSentences` in a worker of its own (entrypoints/tagger-worker.ts) and the background
 * asks it through ./batched-tags. Both build the matcher's options with ./tagger-options, so they agree.
 */
import nlp from 'compromise/two';
import { cachedParser, disambiguatorFrom, matchOptionsFrom, sentenceTaggerFrom, type ParsedTerm } from './tagger-options';
import type { Disambiguator, MatchOptions, SentenceTagger } from './types';

interface TermJson {
  text: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** One sentence's terms as compromise tags them. */
export function parseSentence(sentence: string): ParsedTerm[] {
  const json = nlp(sentence).json({ offset: true }) as { terms: TermJson[] }[];
  return json.flatMap((s) => s.terms.map((t) => ({ text: t.text, post: t.post, tags: t.tags, start: t.offset.start, length: t.offset.length })));
}

/** Several sentences at once (what the extension's tagger worker answers). */
export function parseSentences(sentences: readonly string[]): ParsedTerm[][] {
  return sentences.map(parseSentence);
}

export function compromiseDisambiguator(): Disambiguator {
  return disambiguatorFrom(cachedParser(parseSentence));
}

export function compromiseSentenceTagger(): SentenceTagger {
  return sentenceTaggerFrom(cachedParser(parseSentence));
}

/** Both of compromise's helpers, as the CLI passes them to the matcher (one cache for both). */
export function compromiseMatchOptions(): MatchOptions {
  return matchOptionsFrom(cachedParser(parseSentence));
}
