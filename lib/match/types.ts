/** Plain data shared by the matcher's stages: the compiled dataset, candidates, mentions. */
import type { AliasKind, MentionType } from '../dataset/schema';
import type { TaggedTerm } from './settle';

/** One thing a mention can point at: an entity or a case. */
export interface Target {
  id: string;
  name: string;
  type: MentionType;
  /** Case ids an entity has a role in (empty for cases). */
  caseIds: readonly string[];
  /** Marked only on a page about one of its cases (./relevance): the dataset's `onlyOnCasePages`. */
  caseOnly: boolean;
  /** Folded tokens of all its names and aliases, each once: a first name among them is its own ("Kilmar Garcia"). */
  ownTokens: readonly string[];
}

/** How an alias's letters must be capitalized in the text. */
export type CaseMode = 'exact' | 'name' | 'any';

export interface CompiledAlias {
  target: number;
  kind: AliasKind;
  ambiguous: boolean;
  /** The alias's tokens as written (for the casing check). */
  raw: readonly string[];
  caseMode: CaseMode;
  /** Leading title tokens ("Judge", "Secretary Rubio") matched but left out of the mention. */
  titleLength: number;
  /** Alias derived from a name by the compiler (no parenthetical, no middle initial...). */
  derived: boolean;
  /** A caption several cases share names this one when nothing else tells them apart (the alias's `main`). */
  main?: boolean;
}

/** Read only: many nodes share one empty `next` or `aliases`, and a child of the root builds its subtrie on first use (./trie). */
export interface TrieNode {
  readonly next: ReadonlyMap<string, TrieNode>;
  readonly aliases: readonly CompiledAlias[];
  /** This token may follow a comma ("Greenbelt, Maryland"). */
  readonly afterComma: boolean;
}

export interface CompiledMatcher {
  targets: readonly Target[];
  root: TrieNode;
  /** Longest alias in tokens: bounds the walk from each token. */
  maxTokens: number;
  /** Hash filter over folded tokens: FIRST_TOKEN and CUE_WORD flags (./token-filter). */
  tokenFilter: Uint8Array;
}

/** A mention found in a text: offsets are JS string offsets, `text === source.slice(start, end)`. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  entityId: string;
  name: string;
  type: MentionType;
}

/** A question the rules could not settle, for an optional tagger. */
export interface DisambiguationQuery {
  /** The block's text. */
  text: string;
  /** The word in question: is `text.slice(start, end)` part of a person's name (a first name)? */
  start: number;
  end: number;
  question: 'is-first-name';
}

/** Answers a query: true / false, or undefined when it cannot tell (the rule's default applies). */
export type Disambiguator = (query: DisambiguationQuery) => boolean | undefined;

/**
 * Tags the sentence around `text.slice(start, end)` (a tagger such as compromise's): its terms with their
 * tags, offsets in `text`. Feeds ./settle, which decides the names the rules can't.
 */
export type SentenceTagger = (text: string, start: number, end: number) => readonly TaggedTerm[];

export interface MatchOptions {
  disambiguate?: Disambiguator;
  tagSentence?: SentenceTagger;
}
