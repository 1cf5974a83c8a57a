/**
 * Accuracy on our own test articles (tests/fixtures/articles/*.txt, hand-checked expected mentions in
 * *.expected.json) and on the seed article, with the real bundled dataset, with and without the tagger.
 * Bar: recall >= 97%, precision >= 98%.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../../assets/dataset/index';
import { compromiseMatchOptions } from '../../../lib/match/disambiguate-compromise';
import { compileMatcher, findMentions, type MatchOptions } from '../../../lib/match/index';

const ROOT = path.resolve(__dirname, '../../..');
const ARTICLES = path.join(ROOT, 'tests/fixtures/articles');
const SEED = path.resolve(ROOT, '../shared/seed/article.txt');
const MIN_RECALL = 0.97;
const MIN_PRECISION = 0.98;

interface Expected {
  text: string;
  entityId: string;
}

const matcher = compileMatcher(bundledDataset);
const key = (m: Expected) => `${m.text.replace(/\s+/g, ' ')}=${m.entityId}`;

/** Matches found to expected mentions in order (longest common subsequence): the true positives. */
function truePositives(found: string[], expected: string[]): number {
  const row = new Array<number>(expected.length + 1).fill(0);
  for (const f of found) {
    let diag = 0;
    for (let j = 1; j <= expected.length; j++) {
      const up = row[j] ?? 0;
      row[j] = f === expected[j - 1] ? diag + 1 : Math.max(up, row[j - 1] ?? 0);
      diag = up;
    }
  }
  return row[expected.length] ?? 0;
}

function score(options: MatchOptions) {
  let tp = 0;
  let found = 0;
  let expected = 0;
  const misses: string[] = [];
  for (const file of readdirSync(ARTICLES).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(path.join(ARTICLES, file), 'utf8');
    const want = (JSON.parse(readFileSync(path.join(ARTICLES, file.replace(/\.txt$/, '.expected.json')), 'utf8')) as Expected[]).map(key);
    const got = findMentions(matcher, text, options).map(key);
    const hits = truePositives(got, want);
    if (hits !== want.length || hits !== got.length) misses.push(`${file}: found ${got.length}, expected ${want.length}, correct ${hits}`);
    tp += hits;
    found += got.length;
    expected += want.length;
  }
  return { recall: tp / expected, precision: found === 0 ? 1 : tp / found, tp, found, expected, misses };
}

describe('accuracy on the test articles', () => {
  it.each([
    ['without the tagger', {}],
    ['with the tagger', compromiseMatchOptions()],
  ] as [string, MatchOptions][])('%s', (label, options) => {
    const s = score(options);
    console.log(
      `articles ${label}: recall ${(s.recall * 100).toFixed(1)}% (${s.tp}/${s.expected}), precision ${(s.precision * 100).toFixed(1)}% (${s.tp}/${s.found})`,
      ...s.misses,
    );
    expect(s.recall).toBeGreaterThanOrEqual(MIN_RECALL);
    expect(s.precision).toBeGreaterThanOrEqual(MIN_PRECISION);
  });
});

describe.skipIf(!existsSync(SEED))('the seed article (../shared/seed/article.txt)', () => {
  it('finds every name in it, including the misspelled "Mazarra"', () => {
    const found = findMentions(matcher, readFileSync(SEED, 'utf8')).map((m) => `${m.text}=${m.entityId}`);
    for (const want of [
      'Nayib Bukele=nayib-bukele',
      'Kilmar Ábrego García=kilmar-abrego-garcia',
      'Paula Xinis=paula-xinis',
      'Xinis=paula-xinis',
      'Marco Rubio=marco-rubio',
      'Robert Cerna=robert-cerna',
      'Joseph Mazarra=joseph-mazzara',
      'Cecot=cecot',
      'Supreme Court=us-supreme-court',
      'Justice Department=doj',
      'Homeland Security=dhs',
      'ICE=ice',
      'El Salvador=el-salvador',
      'Trump=donald-trump',
    ]) {
      expect(found).toContain(want);
    }
    expect(found.filter((f) => f.startsWith('Trump='))).toHaveLength(5);
    expect(found.filter((f) => f.startsWith('Ábrego García='))).toHaveLength(6);
  });
});
