/**
 * An optional tagger backed by compromise (`compromise/two`, ~300 KB and ~300 ms to load in a page: the
 * content script leaves it out, the CLI uses it). It answers only the questions the rules could not
 * settle: is the capitalized word before a surname a first name ("Sylvia Garcia") or just a word that
 * starts a sentence or headline ("Deported Garcia ...")? And it tags the sentence around a name the rules
 * can't settle, for ./settle to decide ("Cook said", "Jackson, Mississippi", "Gov. Perry").
 */
import nlp from 'compromise/two';
import type { TaggedTerm } from './settle';
import type { DisambiguationQuery, Disambiguator, MatchOptions, SentenceTagger } from './types';

/** Tags that make a word part of a person's name. */
const NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName', 'Honorific'];
/** Tags that make a word anything but a name. */
const OTHER_TAGS = ['Verb', 'Adjective', 'Adverb', 'Plural', 'Date', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Value', 'Demonym', 'Organization', 'Place'];
/** How much text around the word the tagger sees, at most, on each side. */
const WINDOW = 200;
const BREAK = /[.!?\n]/;
const HARD_BREAK = /[!?\n]/;
/** A period after a word this short is an abbreviation's ("Gov.", "Sen.", "D."), not a sentence's end. */
const MAX_ABBREVIATION = 3;
/** Parsed sentences kept for reuse within a page. */
const CACHE_LIMIT = 256;

interface TermJson {
  text: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

function sentenceAround(text: string, start: number, end: number): { from: number; sentence: string } {
  let from = start;
  while (from > 0 && start - from < WINDOW && !BREAK.test(text.charAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < WINDOW && !BREAK.test(text.charAt(to))) to++;
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
function wholeSentence(text: string, start: number, end: number): { from: number; sentence: string } {
  let from = start;
  while (from > 0 && start - from < WINDOW && !endsSentence(text, from - 1)) from--;
  let to = end;
  while (to < text.length && to - end < WINDOW && !endsSentence(text, to)) to++;
  return { from, sentence: text.slice(from, Math.min(text.length, to + 1)) };
}

function parse(sentence: string): TermJson[] {
  const json = nlp(sentence).json({ offset: true }) as { terms: TermJson[] }[];
  return json.flatMap((s) => s.terms);
}

function cached<T>(compute: (sentence: string) => T): (sentence: string) => T {
  const cache = new Map<string, T>();
  return (sentence) => {
    let v = cache.get(sentence);
    if (v === undefined) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      v = compute(sentence);
      cache.set(sentence, v);
    }
    return v;
  };
}

export function compromiseDisambiguator(): Disambiguator {
  const tagsOf = cached((sentence) => new Map(parse(sentence).map((t) => [t.offset.start, t.tags])));
  return (q: DisambiguationQuery) => {
    const { from, sentence } = sentenceAround(q.text, q.start, q.end);
    const wordTags = tagsOf(sentence).get(q.start - from);
    if (!wordTags) return undefined;
    if (NAME_TAGS.some((t) => wordTags.includes(t))) return true;
    if (OTHER_TAGS.some((t) => wordTags.includes(t))) return false;
    return undefined;
  };
}

/** The terms of the sentence around a span, tagged by compromise, with offsets in the whole text. */
export function compromiseSentenceTagger(): SentenceTagger {
  const termsOf = cached(parse);
  return (text, start, end) => {
    const { from, sentence } = wholeSentence(text, start, end);
    return termsOf(sentence).map(
      (t): TaggedTerm => ({ text: t.text, start: from + t.offset.start, end: from + t.offset.start + t.offset.length, tags: t.tags, post: t.post }),
    );
  };
}

/** Both of compromise's helpers, as the CLI (and later the background) passes them to the matcher. */
export function compromiseMatchOptions(): MatchOptions {
  return { disambiguate: compromiseDisambiguator(), tagSentence: compromiseSentenceTagger() };
}
