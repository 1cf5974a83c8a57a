/** The build ships the matcher serialized: loaded back, it finds exactly what the compiled one finds. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../../assets/dataset/index';
import { toMatchIndex } from '../../../lib/dataset/match-index';
import { compileMatcher, findPageMentions, loadMatcher, serializeMatcher } from '../../../lib/match/index';
import type { TrieNode } from '../../../lib/match/types';

const ARTICLES = path.resolve(__dirname, '../../fixtures/articles');

/** A trie as plain data, every subtrie built: what a walk of it sees. */
type PlainNode = { aliases: TrieNode['aliases']; afterComma: boolean; next: [string, PlainNode][] };
const plain = (node: TrieNode): PlainNode => ({ aliases: node.aliases, afterComma: node.afterComma, next: [...node.next].map(([token, child]) => [token, plain(child)]) });

describe('serializeMatcher / loadMatcher', () => {
  const compiled = compileMatcher(toMatchIndex(bundledDataset));
  // Through JSON text, as the build ships it.
  const loaded = loadMatcher(JSON.parse(JSON.stringify(serializeMatcher(compiled))));

  it('keeps the matcher data', () => {
    expect(loaded.maxTokens).toBe(compiled.maxTokens);
    expect(loaded.tokenFilter).toEqual(compiled.tokenFilter);
    expect(loaded.targets).toEqual(compiled.targets);
    expect(plain(loaded.root)).toEqual(plain(compiled.root));
  });

  const files = readdirSync(ARTICLES).filter((f) => f.endsWith('.txt')).sort();
  it.each(files)('finds the same mentions in %s', (file) => {
    const blocks = readFileSync(path.join(ARTICLES, file), 'utf8').split(/\n\s*\n/);
    expect(findPageMentions(loaded, blocks)).toEqual(findPageMentions(compiled, blocks));
  });
});
