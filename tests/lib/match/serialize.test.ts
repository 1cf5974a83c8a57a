/** The build ships the matcher serialized: loaded back, it finds exactly what the compiled one finds. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../../assets/dataset/index';
import { toMatchIndex } from '../../../lib/dataset/match-index';
import { compileMatcher, findPageMentions, loadMatcher, serializeMatcher } from '../../../lib/match/index';

const ARTICLES = path.resolve(__dirname, '../../fixtures/articles');

describe('serializeMatcher / loadMatcher', () => {
  const compiled = compileMatcher(toMatchIndex(bundledDataset));
  // Through JSON text, as the build ships it.
  const loaded = loadMatcher(JSON.parse(JSON.stringify(serializeMatcher(compiled))));

  it('keeps the matcher data', () => {
    expect(loaded.maxTokens).toBe(compiled.maxTokens);
    expect(loaded.tokenFilter).toEqual(compiled.tokenFilter);
    expect(loaded.targets).toEqual(compiled.targets);
    expect(loaded.root).toEqual(compiled.root);
  });

  const files = readdirSync(ARTICLES).filter((f) => f.endsWith('.txt')).sort();
  it.each(files)('finds the same mentions in %s', (file) => {
    const blocks = readFileSync(path.join(ARTICLES, file), 'utf8').split(/\n\s*\n/);
    expect(findPageMentions(loaded, blocks)).toEqual(findPageMentions(compiled, blocks));
  });
});
