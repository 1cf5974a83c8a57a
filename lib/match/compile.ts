/**
 * Compiles a dataset once into a trie over folded tokens: every name and alias of every entity and case.
 * Matching then walks the trie from each token of a text, so its cost grows with the text, not the dataset.
 */
import { toMatchIndex, type MatchIndex } from '../dataset/match-index';
import type { Alias, Dataset, EntityType } from '../dataset/schema';
import { tokenize } from '../text/tokenize';
import { aliasForms } from './derive-aliases';
import { CUE_FIRST_WORDS } from './cues';
import { buildTokenFilter } from './token-filter';
import type { CaseMode, CompiledAlias, CompiledMatcher, Target, TrieNode } from './types';
import { TITLE_WORDS } from './word-lists';

/** An all-capitals name at least this long ("CECOT") is matched in any casing ("Cecot"). */
const MIN_CASE_FREE_ACRONYM = 5;
const HAS_LOWER = /\p{Ll}/u;
const UPPER_FIRST = /^\p{Lu}/u;

const startsLower = (a: CompiledAlias) => !UPPER_FIRST.test(a.raw[0] ?? '');

const newNode = (): TrieNode => ({ next: new Map(), aliases: [], afterComma: false });

function caseModeOf(text: string, kind: Alias['kind'], tokens: number): CaseMode {
  if (kind === 'abbreviation') return 'exact';
  if (HAS_LOWER.test(text)) return 'name';
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  return tokens === 1 && letters >= MIN_CASE_FREE_ACRONYM ? 'any' : 'exact';
}

function titleLengthOf(folded: readonly string[], type: EntityType | 'case'): number {
  if (type !== 'person') return 0;
  let n = 0;
  while (n < folded.length - 1 && TITLE_WORDS.has(folded[n] ?? '')) n++;
  return n;
}

/** Builds the matcher. Pure and deterministic; call it once per dataset and reuse the result. */
export function compileMatcher(source: Dataset | MatchIndex): CompiledMatcher {
  const root = newNode();
  const targets: Target[] = [];
  const owners = new Map<string, number>();
  let maxTokens = 1;
  const entries = 'entries' in source ? source.entries : toMatchIndex(source).entries;
  for (const src of entries) {
    const index = targets.length;
    const ownTokens = new Set<string>();
    for (const form of aliasForms(src.aliasName, src.aliases, src.type)) {
      const tokens = tokenize(form.text);
      if (tokens.length === 0) continue;
      const key = tokens.map((t) => t.folded).join(' ');
      const owner = owners.get(key);
      if (form.derived && owner !== undefined && owner !== index) continue;
      owners.set(key, index);
      let node = root;
      tokens.forEach((t, k) => {
        let child = node.next.get(t.folded);
        if (!child) node.next.set(t.folded, (child = newNode()));
        const prev = tokens[k - 1];
        if (prev) {
          const comma = form.text.indexOf(',', prev.end);
          if (comma >= 0 && comma < t.start) child.afterComma = true;
        }
        node = child;
        ownTokens.add(t.folded);
      });
      const folded = tokens.map((t) => t.folded);
      const alias: CompiledAlias = {
        target: index,
        kind: form.kind,
        // Cases sharing a caption are told apart by the resolver (the dataset's main case first).
        ambiguous: src.type !== 'case' && form.ambiguous === true,
        raw: tokens.map((t) => t.raw),
        caseMode: caseModeOf(form.text, form.kind, tokens.length),
        titleLength: titleLengthOf(folded, src.type),
        derived: form.derived,
      };
      if (form.main) alias.main = true;
      // A lower-case alias ("supreme court") is kept beside its capitalized twin: it matches any casing.
      if (!node.aliases.some((a) => a.target === index && a.kind === alias.kind && a.caseMode === alias.caseMode && startsLower(a) === startsLower(alias))) node.aliases.push(alias);
      maxTokens = Math.max(maxTokens, tokens.length);
    }
    targets.push({ id: src.id, name: src.name, type: src.type, caseIds: src.caseIds, caseOnly: src.caseOnly === true, ownTokens });
  }
  return { targets, root, maxTokens, tokenFilter: buildTokenFilter(root.next.keys(), CUE_FIRST_WORDS) };
}
