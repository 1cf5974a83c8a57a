/**
 * The matcher's tagger options (a disambiguator and a sentence tagger, lib/match/types) built from one
 * function that parses a sentence into tagged terms, whatever runs it: compromise in the same thread (the
 * scanner CLI, lib/match/disambiguate-compromise), or answers that came back from compromise running
 * elsewhere (the extension's background, lib/match/batched-tags). Pure: no compromise here.
 */
import type { TaggedTerm } from './settle';
import type { DisambiguationQuery, Disambiguator, MatchOptions, SentenceTagger } from './types';

/** One term of a parsed sentence: offsets within the sentence. */
export interface ParsedTerm {
  text: string;
  post: string;
  tags: string[];
  start: number;
  length: number;
}

/** A sentence's terms, or undefined when they are not known (yet). */
export type SentenceParser = (sentence: string) => readonly ParsedTerm[] | undefined;

/** Tags that make a word part of a person's name. */
const NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName', 'Honorific'];
/** Tags that make a word anything but a name. */
const OTHER_TAGS = ['Verb', 'Adjective', 'Adverb', 'Plural', 'Date', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Value', 'Demonym', 'Organization', 'Place'];
/** How much text around the word the tagger sees, at most, on each side. */
export const SENTENCE_WINDOW = 200;
/** The longest sentence sent to a tagger elsewhere: a window each side of a name, with room to spare. */
export const MAX_SENTENCE_CHARS = 2_000;
const BREAK = /[.!?\n]/;
const HARD_BREAK = /[!?\n]/;
/** A period after a word this short is an abbreviation's ("Gov.", "Sen.", "D."), not a sentence's end. */
const MAX_ABBREVIATION = 3;
/** Parsed sentences kept for reuse within a page. */
const CACHE_LIMIT = 256;

/** The text around a word, up to the nearest period, ! ? or line break on each side. */
export function sentenceAround(text: string, start: number, end: number): { from: number; sentence: string } {
  let from = start;
  while (from > 0 && start - from < SENTENCE_WINDOW && !BREAK.test(text.charAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < SENTENCE_WINDOW && !BREAK.test(text.charAt(to))) to++;
  return { from, sentence: text.slice(from, to) };
}

/** Does a period at `i` end a sentence (not "Gov." or "U.S.")? */
function endsSentence(text: string, i: number): boolean {
  const c = text.charAt(i);
  if (HARD_BREAK.test(c)) return true;
  if (c !== '.') return false;
  let k = i;
  while (k > 0 && /[\p{L}.]/u.test(text.charAt(k - 1))) k--;
  return i - k > MAX_ABBREVIATION;
}

/** The sentence around a span, keeping abbreviations' periods inside it. */
export function wholeSentence(text: string, start: number, end: number): { from: number; sentence: string } {
  let from = start;
  while (from > 0 && start - from < SENTENCE_WINDOW && !endsSentence(text, from - 1)) from--;
  let to = end;
  while (to < text.length && to - end < SENTENCE_WINDOW && !endsSentence(text, to)) to++;
  return { from, sentence: text.slice(from, Math.min(text.length, to + 1)) };
}

/** `parse`, remembering its last CACHE_LIMIT answers (a page asks about the same sentence often). */
export function cachedParser(parse: (sentence: string) => readonly ParsedTerm[]): SentenceParser {
  const cache = new Map<string, readonly ParsedTerm[]>();
  return (sentence) => {
    let v = cache.get(sentence);
    if (v === undefined) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      v = parse(sentence);
      cache.set(sentence, v);
    }
    return v;
  };
}

/** Is the word a first name (true), anything but a name (false), or can't the tags tell (undefined)? */
export function disambiguatorFrom(parse: SentenceParser): Disambiguator {
  return (q: DisambiguationQuery) => {
    const { from, sentence } = sentenceAround(q.text, q.start, q.end);
    const wordTags = parse(sentence)?.find((t) => t.start === q.start - from)?.tags;
    if (!wordTags) return undefined;
    if (NAME_TAGS.some((t) => wordTags.includes(t))) return true;
    if (OTHER_TAGS.some((t) => wordTags.includes(t))) return false;
    return undefined;
  };
}

/** The terms of the sentence around a span, with offsets in the whole text (none when not known). */
export function sentenceTaggerFrom(parse: SentenceParser): SentenceTagger {
  return (text, start, end) => {
    const { from, sentence } = wholeSentence(text, start, end);
    return (parse(sentence) ?? []).map((t): TaggedTerm => ({ text: t.text, start: from + t.start, end: from + t.start + t.length, tags: t.tags, post: t.post }));
  };
}

/** Both helpers the matcher takes, from one parser. */
export function matchOptionsFrom(parse: SentenceParser): MatchOptions {
  return { disambiguate: disambiguatorFrom(parse), tagSentence: sentenceTaggerFrom(parse) };
}
