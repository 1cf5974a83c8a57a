/**
 * An optional disambiguator backed by compromise's tagger (`compromise/two`, ~300 KB and ~300 ms to
 * load in a page: the content script leaves it out, the CLI uses it). It answers only the questions the
 * rules could not settle: is the capitalized word before a surname a first name ("Sylvia Garcia") or just
 * a word that starts a sentence or headline ("Deported Garcia ...")?
 */
import nlp from 'compromise/two';
import type { DisambiguationQuery, Disambiguator } from './types';

/** Tags that make a word part of a person's name. */
const NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName', 'Honorific'];
/** Tags that make a word anything but a name. */
const OTHER_TAGS = ['Verb', 'Adjective', 'Adverb', 'Plural', 'Date', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Value', 'Demonym', 'Organization', 'Place'];
/** How much text around the word the tagger sees, at most, on each side. */
const WINDOW = 200;
const BREAK = /[.!?\n]/;
/** Parsed sentences kept for reuse within a page. */
const CACHE_LIMIT = 256;

interface TermJson {
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

/** Tags of each term of a sentence, by the term's start offset in it. */
function tagSentence(sentence: string): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const json = nlp(sentence).json({ offset: true }) as { terms: TermJson[] }[];
  for (const s of json) for (const t of s.terms) out.set(t.offset.start, t.tags);
  return out;
}

export function compromiseDisambiguator(): Disambiguator {
  const cache = new Map<string, Map<number, string[]>>();
  return (q: DisambiguationQuery) => {
    const { from, sentence } = sentenceAround(q.text, q.start, q.end);
    let tags = cache.get(sentence);
    if (!tags) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      tags = tagSentence(sentence);
      cache.set(sentence, tags);
    }
    const wordTags = tags.get(q.start - from);
    if (!wordTags) return undefined;
    if (NAME_TAGS.some((t) => wordTags.includes(t))) return true;
    if (OTHER_TAGS.some((t) => wordTags.includes(t))) return false;
    return undefined;
  };
}
