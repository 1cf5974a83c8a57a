/**
 * Settles a name the rules can't: a surname alone ("Cook said"), a surname that is a word or a place
 * ("Cook the onions", "Jackson, Mississippi"), a name with other famous bearers ("Gov. Perry"). Pure: the
 * tags of the sentence come in as plain data (from compromise's tagger in the CLI, later the background),
 * with the page's context, so it is tested without compromise.
 *
 * Cues, in order; the first that speaks decides:
 *   lowercase     "a cook", "casa"                        -> none
 *   first-name    "Tim Cook", "Thomas Jefferson" (another person's first or last name beside it) -> none
 *   title         "Justice Breyer" for Judge Charles Breyer, "Gov. Perry" for Judge April Perry  -> none;
 *                 a title that fits ("Judge Perry", "Justice Jackson")                           -> the entity
 *   place-after   "Jackson, Mississippi", "Bolton, England", "Cook County"                        -> none
 *   not-a-name    tagged a verb, adjective... and not a person, nor a verb's subject ("Cook the onions",
 *                 but "Ensign said")                                                             -> none
 *   other-bearer  the page last named someone else of that name ("Tim Cook ... Cook said")        -> none
 *   page          several entities left: the one the page names unambiguously, else none
 */
import type { MentionType } from '../dataset/schema';
import { US_STATES } from './word-lists';

/** One term of the sentence around the candidate, as compromise tags it (offsets in the block's text). */
export interface TaggedTerm {
  text: string;
  start: number;
  end: number;
  tags: readonly string[];
  /** Punctuation and spaces after the term (compromise's `post`). */
  post: string;
}

/** An entity the candidate may name (one the rules accepted). */
export interface SettleOption {
  id: string;
  type: MentionType;
  /** Folded tokens of its names and aliases ("lisa", "cook", "governor"). */
  ownTokens: readonly string[];
  /** The page names it unambiguously elsewhere (a full name, a title and surname). */
  namedOnPage: boolean;
  /** Someone else with this surname ("Tim Cook") was named on the page after it was, before this word. */
  otherBearerNearer?: boolean;
}

export interface SettleQuery {
  /** The candidate's span in the block's text. */
  start: number;
  end: number;
  terms: readonly TaggedTerm[];
  options: readonly SettleOption[];
}

export type SettleCue = 'lowercase' | 'first-name' | 'title' | 'place-after' | 'not-a-name' | 'other-bearer' | 'page' | 'default';

export interface Settled {
  /** The entity named, or null: none of them. */
  entityId: string | null;
  cue: SettleCue;
}

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f.]/g, '').toLowerCase();
const has = (t: TaggedTerm | undefined, ...tags: string[]) => !!t && tags.some((x) => t.tags.includes(x));
const CAPITAL = /^\p{Lu}/u;
const SPACE_ONLY = /^\s+$/;

/** Titles by the office they name: a title of another office than the entity's means another person. */
const TITLE_OFFICES: Readonly<Record<string, string>> = {
  justice: 'justice', justices: 'justice',
  judge: 'judge', judges: 'judge', magistrate: 'judge',
  gov: 'governor', governor: 'governor',
  sen: 'senator', senator: 'senator',
  rep: 'representative', representative: 'representative', congressman: 'representative', congresswoman: 'representative',
  mayor: 'mayor', secretary: 'secretary', president: 'president',
};

/** Tags that make a word anything but part of a name. */
const NOT_NAME_TAGS = ['Verb', 'Adjective', 'Adverb', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Value', 'Date'];
/** Nouns right after a name that make it a place or a body ("Cook County", "Perry Township"). */
const PLACE_NOUNS = new Set(['county', 'city', 'township', 'parish', 'borough', 'village', 'town', 'island', 'lake', 'river', 'university', 'college', 'street', 'avenue']);

/** A U.S. state counts as a place even where the tagger takes it for a surname ("Lowell, Massachusetts"). */
const isPlace = (t: TaggedTerm) => US_STATES.has(fold(t.text)) || (has(t, 'Place', 'Country', 'Region', 'City') && !has(t, 'Person'));

function officesOf(tokens: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    const office = TITLE_OFFICES[t];
    if (office) out.add(office);
  }
  return out;
}

/** The option the cues left, or the page's choice among several. */
function byPage(options: readonly SettleOption[], cue: SettleCue): Settled {
  if (options.length === 1 && options[0]) return { entityId: options[0].id, cue };
  const named = options.filter((o) => o.namedOnPage);
  return named.length === 1 && named[0] ? { entityId: named[0].id, cue: 'page' } : { entityId: null, cue: 'page' };
}

/** Another person's name beside the candidate: a first name before it, or a surname after it. */
function otherPerson(prev: TaggedTerm | undefined, term: TaggedTerm, next: TaggedTerm | undefined, people: readonly SettleOption[]): boolean {
  const foreign = (t: TaggedTerm) => CAPITAL.test(t.text) && people.every((o) => !o.ownTokens.includes(fold(t.text)));
  if (prev && SPACE_ONLY.test(prev.post) && has(prev, 'FirstName', 'MaleName', 'FemaleName') && !has(prev, 'Honorific') && foreign(prev)) return true;
  return !!next && SPACE_ONLY.test(term.post) && has(next, 'LastName') && foreign(next);
}

export function settle(q: SettleQuery): Settled {
  const k = q.terms.findIndex((t) => t.start <= q.start && t.end >= q.end);
  const term = q.terms[k];
  if (!term) return byPage(q.options, 'default');
  if (!CAPITAL.test(term.text)) return { entityId: null, cue: 'lowercase' };
  const prev = q.terms[k - 1];
  const next = q.terms[k + 1];
  const people = q.options.filter((o) => o.type === 'person');
  if (people.length === 0) return byPage(q.options, 'default');
  if (otherPerson(prev, term, next, people)) return { entityId: null, cue: 'first-name' };
  const office = prev && TITLE_OFFICES[fold(prev.text)];
  if (office) {
    const fits = people.filter((o) => {
      const own = officesOf(o.ownTokens);
      return own.size === 0 || own.has(office);
    });
    return fits.length === 0 ? { entityId: null, cue: 'title' } : byPage(fits, 'title');
  }
  const possessive = has(term, 'Possessive');
  if (!possessive && next) {
    const afterComma = /^,\s*$/.test(term.post) && isPlace(next);
    const placeNoun = SPACE_ONLY.test(term.post) && CAPITAL.test(next.text) && PLACE_NOUNS.has(fold(next.text));
    if (afterComma || placeNoun) return { entityId: null, cue: 'place-after' };
  }
  // A word the tagger takes for a verb is still a name when a verb follows it ("Ensign said"): its subject.
  const subject = SPACE_ONLY.test(term.post) && has(next, 'Verb');
  if (!subject && !has(term, 'Person', 'ProperNoun') && NOT_NAME_TAGS.some((t) => term.tags.includes(t))) return { entityId: null, cue: 'not-a-name' };
  const mine = q.options.filter((o) => !o.otherBearerNearer);
  if (mine.length === 0) return { entityId: null, cue: 'other-bearer' };
  return byPage(mine, 'default');
}
