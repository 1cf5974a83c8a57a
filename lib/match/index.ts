/**
 * The matcher: text in, mentions of the dataset's entities and cases out. Pure; needs no tagger.
 * Optional tagger-backed disambiguation lives in ./disambiguate-compromise (import it separately).
 */
export { compileMatcher } from './compile';
export { loadMatcher, serializeMatcher, type SerializedMatcher } from './serialize';
export { createPageContext, findMentions, findPageMentions, type PageContext } from './page-context';
export { casesMentioned } from './resolve';
export type { CompiledMatcher, DisambiguationQuery, Disambiguator, MatchOptions, Mention } from './types';
