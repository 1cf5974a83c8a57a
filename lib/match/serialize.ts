/**
 * A compiled matcher as plain JSON data, and back. The build compiles the dataset once and ships this
 * form (assets/dataset/match-index-plugin.ts), so a page only rebuilds the trie's Maps and Sets instead
 * of deriving aliases and tokenizing every name (the compile's cost, which is mostly cold regex and
 * tokenizer code on a fresh page). `loadMatcher(serializeMatcher(compileMatcher(d)))` matches exactly
 * as `compileMatcher(d)` does.
 */
import { CUE_FIRST_WORDS } from './cues';
import { buildTokenFilter } from './token-filter';
import { NO_ALIASES, NO_CHILDREN } from './trie';
import type { CompiledAlias, CompiledMatcher, Target, TrieNode } from './types';

/** A trie node: [aliases, afterComma, then pairs of child token and child node]. */
export type SerializedNode = [readonly CompiledAlias[], boolean, ...(string | SerializedNode)[]];

export type SerializedTarget = Target;

export interface SerializedMatcher {
  targets: SerializedTarget[];
  root: SerializedNode;
  maxTokens: number;
}

function nodeOut(node: TrieNode): SerializedNode {
  const out: SerializedNode = [node.aliases, node.afterComma];
  for (const [token, child] of node.next) out.push(token, nodeOut(child));
  return out;
}

function nodeIn(data: SerializedNode): TrieNode {
  const next = new Map<string, TrieNode>();
  for (let i = 2; i + 1 < data.length; i += 2) next.set(data[i] as string, nodeIn(data[i + 1] as SerializedNode));
  return { next: next.size > 0 ? next : NO_CHILDREN, aliases: data[0].length > 0 ? data[0] : NO_ALIASES, afterComma: data[1] };
}

/** The matcher as JSON-safe data (Maps and Sets as arrays). */
export function serializeMatcher(matcher: CompiledMatcher): SerializedMatcher {
  return {
    targets: [...matcher.targets],
    root: nodeOut(matcher.root),
    maxTokens: matcher.maxTokens,
  };
}

/** The matcher `serializeMatcher` was given. */
export function loadMatcher(data: SerializedMatcher): CompiledMatcher {
  const root = nodeIn(data.root);
  return {
    targets: data.targets,
    root,
    maxTokens: data.maxTokens,
    tokenFilter: buildTokenFilter(root.next.keys(), CUE_FIRST_WORDS),
  };
}
