/**
 * A compiled matcher as plain JSON data, and back. The build compiles the dataset once and ships this
 * form (assets/dataset/dataset-plugin.ts), so the background neither derives aliases nor tokenizes
 * names. `loadMatcher(serializeMatcher(compileMatcher(d)))` matches exactly as `compileMatcher(d)` does.
 *
 * The form is flat: one table of strings (each token, raw token, id and name once) and arrays of small
 * integers: the targets, and the alias records of ./trie grouped by first token, from which the loaded
 * trie builds a first token's subtrie when a text first walks into it. Nested arrays of alias objects
 * made a 1,000-case dataset 4 MB of JSON that took longer to parse than compiling it.
 */
import { entityTypes, type MentionType } from '../dataset/schema';
import { CUE_FIRST_WORDS } from './cues';
import { buildTokenFilter } from './token-filter';
import { newRoot, packAlias, PendingNode, type AliasRecords } from './trie';
import type { CompiledMatcher, Target, TrieNode } from './types';

export const SERIALIZED_FORMAT = 2;

export interface SerializedMatcher {
  format: typeof SERIALIZED_FORMAT;
  /** Every string of the matcher, once; the arrays below refer to them by index. */
  strings: string[];
  /** Per target: id, name, type, caseOnly, then a count and that many case ids, a count and that many own tokens. */
  targets: number[];
  /** Per child of the root: its token, and the offset in `records` of the last record of its chain. */
  roots: number[];
  /** Alias records (./trie AliasRecords), each first token's together. */
  records: number[];
  maxTokens: number;
}

const MENTION_TYPES: readonly MentionType[] = [...entityTypes, 'case'];

/** The matcher as JSON-safe data (every subtrie of the matcher is built to write it). */
export function serializeMatcher(matcher: CompiledMatcher): SerializedMatcher {
  const strings: string[] = [];
  const indexOf = new Map<string, number>();
  const str = (s: string) => {
    let i = indexOf.get(s);
    if (i === undefined) indexOf.set(s, (i = strings.push(s) - 1));
    return i;
  };
  const targets: number[] = [];
  for (const t of matcher.targets) {
    targets.push(str(t.id), str(t.name), MENTION_TYPES.indexOf(t.type), t.caseOnly ? 1 : 0);
    targets.push(t.caseIds.length, ...t.caseIds.map(str), t.ownTokens.length, ...t.ownTokens.map(str));
  }
  const roots: number[] = [];
  const records: number[] = [];
  let head = -1;
  // Each alias as a record of its path from the root: replayed in this order, they build the same subtrie.
  const path: number[] = [];
  const walk = (node: TrieNode) => {
    for (const a of node.aliases) {
      const at = records.length;
      records.push(head, a.target, packAlias(a), a.raw.length);
      a.raw.forEach((raw, k) => records.push(path[k] ?? 0, str(raw)));
      head = at;
    }
    for (const [token, child] of node.next) {
      path.push(2 * str(token) + (child.afterComma ? 1 : 0));
      walk(child);
      path.pop();
    }
  };
  for (const [token, child] of matcher.root.next) {
    head = -1;
    path.push(2 * str(token));
    walk(child);
    path.pop();
    roots.push(str(token), head);
  }
  return { format: SERIALIZED_FORMAT, strings, targets, roots, records, maxTokens: matcher.maxTokens };
}

/** The matcher `serializeMatcher` was given. */
export function loadMatcher(data: SerializedMatcher): CompiledMatcher {
  if (data.format !== SERIALIZED_FORMAT) throw new Error(`serialized matcher format ${String(data.format)}, expected ${SERIALIZED_FORMAT}`);
  const records: AliasRecords = { ints: data.records, strings: data.strings };
  const root = newRoot();
  for (let i = 0; i + 1 < data.roots.length; i += 2) root.next.set(data.strings[data.roots[i] ?? 0] as string, new PendingNode(records, data.roots[i + 1] ?? -1));
  return { targets: targetsIn(data), root, maxTokens: data.maxTokens, tokenFilter: buildTokenFilter(root.next.keys(), CUE_FIRST_WORDS) };
}

function targetsIn({ strings, targets: data }: SerializedMatcher): Target[] {
  const out: Target[] = [];
  let pos = 0;
  const take = () => data[pos++] ?? 0;
  const list = () => {
    const items = new Array<string>(take());
    for (let k = 0; k < items.length; k++) items[k] = strings[take()] as string;
    return items;
  };
  while (pos < data.length) {
    const id = strings[take()] as string;
    const name = strings[take()] as string;
    const type = MENTION_TYPES[take()] as MentionType;
    const caseOnly = take() === 1;
    const caseIds = list();
    out.push({ id, name, type, caseIds, caseOnly, ownTokens: list() });
  }
  return out;
}
