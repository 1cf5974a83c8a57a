/** The trie below the root is built from alias records on first walk: the same nodes, whenever that walk comes. */
import { describe, expect, it } from 'vitest';
import { newRoot, packAlias, pendingChild, RecordWriter, unpackAlias } from '../../../lib/match/trie';
import type { CompiledAlias, TrieNode } from '../../../lib/match/types';

const alias = (over: Partial<CompiledAlias>): CompiledAlias => ({ target: 0, kind: 'name', ambiguous: false, raw: ['X'], caseMode: 'name', titleLength: 0, derived: false, ...over });

describe('packAlias / unpackAlias', () => {
  it.each([
    alias({}),
    alias({ target: 41, kind: 'abbreviation', caseMode: 'exact', raw: ['ICE'] }),
    alias({ kind: 'surname', ambiguous: true, derived: true, titleLength: 2, caseMode: 'any', raw: ['Judge', 'Paula', 'Xinis'] }),
    alias({ kind: 'misspelling', main: true }),
    alias({ kind: 'contextual', titleLength: 31 }),
  ])('keeps every field (%j)', (a) => {
    expect(unpackAlias(packAlias(a), a.target, a.raw)).toEqual(a);
  });
});

/** Writes a record the way the compiler does: tokens as [folded, raw, after a comma]. */
function record(writer: RecordWriter, target: number, a: CompiledAlias, tokens: [string, string, boolean][]): number {
  const { strings } = writer.records;
  const at = writer.length;
  writer.push(-1, target);
  writer.push(packAlias(a), tokens.length);
  for (const [folded, raw, comma] of tokens) writer.push(2 * (strings.push(folded) - 1) + (comma ? 1 : 0), strings.push(raw) - 1);
  return at;
}

const plain = (node: TrieNode): unknown => ({ aliases: node.aliases.map((a) => a.target), afterComma: node.afterComma, next: [...node.next].map(([t, c]) => [t, plain(c)]) });

describe('PendingNode', () => {
  const build = (walkAfter: number) => {
    const writer = new RecordWriter({ ints: new Int32Array(2), strings: [] });
    const root = newRoot();
    const forms: [number, [string, string, boolean][]][] = [
      [0, [['greenbelt', 'Greenbelt', false], ['maryland', 'Maryland', true]]],
      [1, [['greenbelt', 'Greenbelt', false]]],
      [2, [['greenbelt', 'Greenbelt', false], ['park', 'Park', false]]],
      // A twin of target 1's alias: not added again.
      [1, [['greenbelt', 'Greenbelt', false]]],
    ];
    forms.forEach(([target, tokens], i) => {
      if (i === walkAfter) void root.next.get('greenbelt')?.aliases;
      pendingChild(root, writer.records, 'greenbelt').add(record(writer, target, alias({ target, raw: tokens.map((t) => t[1]) }), tokens));
    });
    return root;
  };

  it('builds the subtrie of its records in their order, with commas and without twins', () => {
    expect(plain(build(-1))).toEqual({
      aliases: [],
      afterComma: false,
      next: [['greenbelt', { aliases: [1], afterComma: false, next: [['maryland', { aliases: [0], afterComma: true, next: [] }], ['park', { aliases: [2], afterComma: false, next: [] }]] }]],
    });
  });

  it.each([1, 2, 3])('gives the same subtrie when first walked after %i records', (n) => {
    expect(plain(build(n))).toEqual(plain(build(-1)));
  });
});
