/**
 * Compiles a dataset once into a trie over folded tokens: every name and alias of every entity and case.
 * Matching then walks the trie from each token of a text, so its cost grows with the text, not the dataset.
 */
import { toMatchIndex, type MatchIndex } from '../dataset/match-index';
import type { Alias, Dataset, EntityType } from '../dataset/schema';
import { tokenize, type Token } from '../text/tokenize';
import { aliasForms } from './derive-aliases';
import { CUE_FIRST_WORDS } from './cues';
import { buildTokenFilter } from './token-filter';
import type { CaseMode, CompiledMatcher, Target, TrieNode } from './types';
import { newRoot, packAlias, pendingChild, RecordWriter, type PendingRoot } from './trie';
import { TITLE_WORDS } from './word-lists';

/** An all-capitals name at least this long ("CECOT") is matched in any casing ("Cecot"). */
const MIN_CASE_FREE_ACRONYM = 5;
const HAS_LOWER = /\p{Ll}/u;
/** Room for the records of a few hundred aliases before the first doubling. */
const INITIAL_RECORD_INTS = 4096;

function caseModeOf(text: string, kind: Alias['kind'], tokens: number): CaseMode {
  if (kind === 'abbreviation') return 'exact';
  if (HAS_LOWER.test(text)) return 'name';
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  return tokens === 1 && letters >= MIN_CASE_FREE_ACRONYM ? 'any' : 'exact';
}

function titleLengthOf(tokens: readonly NameToken[], type: EntityType | 'case'): number {
  if (type !== 'person') return 0;
  let n = 0;
  while (n < tokens.length - 1 && TITLE_WORDS.has(tokens[n]?.folded ?? '')) n++;
  return n;
}

/** What compiling needs of a token. */
type NameToken = Pick<Token, 'start' | 'end' | 'raw' | 'folded'>;

const PLAIN_NAME = /^[A-Za-z0-9 ]*$/;

/**
 * `tokenize` for the common name of ASCII letters, digits and spaces only, without regular expressions
 * per token: the same tokens (runs of letters and digits), folded by lower-casing (there is nothing else
 * to fold). Null for any other text.
 */
export function plainTokens(text: string): NameToken[] | null {
  if (!PLAIN_NAME.test(text)) return null;
  const out: NameToken[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const space = i === text.length || text.charCodeAt(i) === 32;
    if (space && start >= 0) {
      const raw = text.slice(start, i);
      out.push({ start, end: i, raw, folded: raw.toLowerCase() });
      start = -1;
    } else if (!space && start < 0) start = i;
  }
  return out;
}

/** The node a token sequence ends at, if the trie has that path (building its first token's subtrie). */
function endNode(root: PendingRoot, tokens: readonly NameToken[]): TrieNode | undefined {
  let node: TrieNode | undefined = root;
  for (const t of tokens) if (!(node = node.next.get(t.folded))) return undefined;
  return node;
}

/** The target whose form last ended at a node: targets are compiled in order, so the last alias's. */
const ownerOf = (node: TrieNode | undefined) => node?.aliases[node.aliases.length - 1]?.target;

/** Builds the matcher. Pure and deterministic; call it once per dataset and reuse the result. */
export function compileMatcher(source: Dataset | MatchIndex): CompiledMatcher {
  const root = newRoot();
  const records = { ints: new Int32Array(INITIAL_RECORD_INTS), strings: [] as string[] };
  const { strings } = records;
  const ints = new RecordWriter(records);
  const targets: Target[] = [];
  let maxTokens = 1;
  const ownTokens = new Set<string>();
  const entries = 'entries' in source ? source.entries : toMatchIndex(source).entries;
  for (const src of entries) {
    const index = targets.length;
    ownTokens.clear();
    for (const form of aliasForms(src.aliasName, src.aliases, src.type)) {
      const tokens = plainTokens(form.text) ?? tokenize(form.text);
      const first = tokens[0];
      if (!first) continue;
      // A derived form never takes another target's name.
      if (form.derived) {
        const owner = ownerOf(endNode(root, tokens));
        if (owner !== undefined && owner !== index) continue;
      }
      const fields = {
        kind: form.kind,
        // Cases sharing a caption are told apart by the resolver (the dataset's main case first).
        ambiguous: src.type !== 'case' && form.ambiguous === true,
        caseMode: caseModeOf(form.text, form.kind, tokens.length),
        titleLength: titleLengthOf(tokens, src.type),
        derived: form.derived,
        main: form.main === true,
      };
      const at = ints.length;
      ints.push(-1, index);
      ints.push(packAlias(fields), tokens.length);
      for (let k = 0; k < tokens.length; k++) {
        const t = tokens[k] as NameToken;
        const prev = tokens[k - 1];
        const comma = prev ? form.text.indexOf(',', prev.end) : -1;
        ints.push(2 * strings.push(t.folded) - 2 + (comma >= 0 && comma < t.start ? 1 : 0), strings.push(t.raw) - 1);
        ownTokens.add(t.folded);
      }
      pendingChild(root, records, first.folded).add(at);
      maxTokens = Math.max(maxTokens, tokens.length);
    }
    targets.push({ id: src.id, name: src.name, type: src.type, caseIds: src.caseIds, caseOnly: src.caseOnly === true, ownTokens: [...ownTokens] });
  }
  return { targets, root, maxTokens, tokenFilter: buildTokenFilter(root.next.keys(), CUE_FIRST_WORDS) };
}
