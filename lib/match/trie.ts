/**
 * The trie's nodes, built lazily below the root. Compiling (./compile) and loading (./serialize) write
 * each alias as a record of small integers, chained per first token; the root's child for that token is
 * a PendingNode that builds its subtrie from the chain the first time a text walks into it. A page
 * reaches a few hundred first tokens, so most aliases of a large dataset never become objects (on a
 * 1,000-case dataset, about 19,000 aliases, nodes and arrays fewer to build and to collect).
 *
 * Building a node: most nodes are leaves and many carry no alias of their own, so they share one empty
 * `next` and one empty `aliases`, replaced at a node's first child or alias.
 */
import { aliasKinds, type AliasKind } from '../dataset/schema';
import type { CaseMode, CompiledAlias, TrieNode } from './types';

/** A node under construction. The shared empties below are never written to: see childOf and addAlias. */
export interface BuildNode {
  next: Map<string, BuildNode>;
  aliases: CompiledAlias[];
  afterComma: boolean;
}

export const NO_CHILDREN: ReadonlyMap<string, TrieNode> = new Map();
export const NO_ALIASES: readonly CompiledAlias[] = Object.freeze([]);

const newNode = (): BuildNode => ({ next: NO_CHILDREN as Map<string, BuildNode>, aliases: NO_ALIASES as CompiledAlias[], afterComma: false });

/** The node's child for a token, made if it has none. */
function childOf(node: BuildNode, token: string): BuildNode {
  let child = node.next.get(token);
  if (child) return child;
  if (node.next === NO_CHILDREN) node.next = new Map();
  node.next.set(token, (child = newNode()));
  return child;
}

const UPPER_FIRST = /^\p{Lu}/u;
const startsLower = (a: CompiledAlias) => !UPPER_FIRST.test(a.raw[0] ?? '');

/** The alias is already at the node (a lower-case one is kept beside its capitalized twin: it matches any casing). */
const hasTwin = (node: BuildNode, alias: CompiledAlias) =>
  node.aliases.some((a) => a.target === alias.target && a.kind === alias.kind && a.caseMode === alias.caseMode && startsLower(a) === startsLower(alias));

function addAlias(node: BuildNode, alias: CompiledAlias): void {
  if (hasTwin(node, alias)) return;
  if (node.aliases === NO_ALIASES) node.aliases = [alias];
  else node.aliases.push(alias);
}

const CASE_MODES: readonly CaseMode[] = ['exact', 'name', 'any'];
// Bits of an alias's packed fields: kind and case mode as indices, three flags, then the title length.
const KIND_MASK = 7;
const MODE_SHIFT = 3;
const AMBIGUOUS = 1 << 5;
const DERIVED = 1 << 6;
const MAIN = 1 << 7;
const TITLE_SHIFT = 8;

/** An alias's fields besides its target and tokens, as one integer. */
export function packAlias(a: Omit<CompiledAlias, 'target' | 'raw'>): number {
  const flags = (a.ambiguous ? AMBIGUOUS : 0) | (a.derived ? DERIVED : 0) | (a.main ? MAIN : 0);
  return aliasKinds.indexOf(a.kind) | (CASE_MODES.indexOf(a.caseMode) << MODE_SHIFT) | flags | (a.titleLength << TITLE_SHIFT);
}

/** The alias `packAlias` was given, from its packed fields, target and raw tokens. */
export function unpackAlias(packed: number, target: number, raw: readonly string[]): CompiledAlias {
  const alias: CompiledAlias = {
    target,
    kind: aliasKinds[packed & KIND_MASK] as AliasKind,
    ambiguous: (packed & AMBIGUOUS) !== 0,
    raw,
    caseMode: CASE_MODES[(packed >> MODE_SHIFT) & 3] as CaseMode,
    titleLength: packed >> TITLE_SHIFT,
    derived: (packed & DERIVED) !== 0,
  };
  if (packed & MAIN) alias.main = true;
  return alias;
}

/**
 * Alias records. One record in `ints`: the previous record with the same first token (or -1), target,
 * packed fields (packAlias), token count, then per token its folded form's index in `strings` times two
 * plus one when the token may follow a comma ("Greenbelt, Maryland"), and its raw form's index.
 */
export interface AliasRecords {
  /** Grown while compiling (an Int32Array keeps them out of the garbage collector's way), as parsed when loaded. */
  ints: Int32Array | number[];
  strings: string[];
}

/** Appends integers to records' `ints`, an Int32Array grown by doubling; `length` is how many are in use. */
export class RecordWriter {
  length = 0;
  constructor(readonly records: AliasRecords & { ints: Int32Array }) {}

  /** Two integers (a token's); a record's head is two such pairs. */
  push(a: number, b: number): void {
    let { ints } = this.records;
    if (this.length + 2 > ints.length) {
      const bigger = new Int32Array(2 * ints.length);
      bigger.set(ints);
      this.records.ints = ints = bigger;
    }
    ints[this.length++] = a;
    ints[this.length++] = b;
  }
}

const RECORD_HEAD = 4;

/** Puts a record's alias into the subtrie of its first token. */
function applyRecord(first: BuildNode, { ints, strings }: AliasRecords, at: number): void {
  const count = ints[at + 3] ?? 0;
  const raw = new Array<string>(count);
  let node = first;
  for (let k = 0; k < count; k++) {
    const folded = ints[at + RECORD_HEAD + 2 * k] ?? 0;
    raw[k] = strings[ints[at + RECORD_HEAD + 2 * k + 1] ?? 0] as string;
    if (k === 0) continue;
    node = childOf(node, strings[folded >> 1] as string);
    if (folded & 1) node.afterComma = true;
  }
  addAlias(node, unpackAlias(ints[at + 2] ?? 0, ints[at + 1] ?? 0, raw));
}

/** A child of the root: its subtrie is built from its chain of records on first use, and kept. */
export class PendingNode implements TrieNode {
  private node: BuildNode | undefined;
  constructor(
    private readonly records: AliasRecords,
    /** The chain's last record. */
    public head: number,
  ) {}

  /** Adds a record (already in `records`) to the chain, or to the subtrie once it is built. */
  add(at: number): void {
    this.records.ints[at] = this.head;
    this.head = at;
    if (this.node) applyRecord(this.node, this.records, at);
  }

  built(): BuildNode {
    if (this.node) return this.node;
    const chain: number[] = [];
    for (let at = this.head; at >= 0; at = this.records.ints[at] ?? -1) chain.push(at);
    const node = newNode();
    for (let i = chain.length - 1; i >= 0; i--) applyRecord(node, this.records, chain[i] ?? 0);
    return (this.node = node);
  }

  get next(): ReadonlyMap<string, TrieNode> {
    return this.built().next;
  }
  get aliases(): readonly CompiledAlias[] {
    return this.built().aliases;
  }
  get afterComma(): boolean {
    return this.built().afterComma;
  }
}

/** The root: a node whose children are PendingNodes, and never has an alias (no alias has zero tokens). */
export interface PendingRoot extends TrieNode {
  readonly next: Map<string, PendingNode>;
}

export const newRoot = (): PendingRoot => ({ next: new Map(), aliases: NO_ALIASES, afterComma: false });

/** The root's child for a first token, made if it has none. */
export function pendingChild(root: PendingRoot, records: AliasRecords, token: string): PendingNode {
  let child = root.next.get(token);
  if (!child) root.next.set(token, (child = new PendingNode(records, -1)));
  return child;
}
