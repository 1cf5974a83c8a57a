/**
 * Relevance on 230 saved real pages (../shared/corpus), none of them about a case in the dataset (they
 * are the readability and scrapinghub test pages: news, blogs and reference pages from before 2025).
 * Until the relevance rule, 42 of them got marks, 29 only "Trump", with cards about an unrelated case.
 * Now a page gets marks only when it is about one of our cases (lib/match/relevance), so none do. A page
 * that does is listed with why (`npm run --silent relevance`) and must be judged and added here.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../../assets/dataset/index';
import { scanBlock } from '../../../lib/match/candidates';
import { compileMatcher } from '../../../lib/match/index';
import { CORPUS_DIR } from '../../support/paths';
import { corpusPages, corpusRelevance } from '../../tools/corpus-relevance';
import { htmlBlocks } from '../../tools/extract-text';

/** Corpus pages read and judged to be about one of the dataset's cases: none so far. */
const ABOUT_A_CASE = new Set<string>();

describe.skipIf(!existsSync(CORPUS_DIR))('relevance on the corpus (../shared/corpus)', () => {
  it('marks no page that is about none of the cases', () => {
    const report = corpusRelevance();
    for (const r of report.marked) console.log(`${r.page}: about ${r.cases.join(', ')} because of ${r.because.join(', ')}`);
    expect(report.pages).toBe(230);
    expect(report.marked.filter((r) => !ABOUT_A_CASE.has(r.page)).map((r) => r.page)).toEqual([]);
  }, 120_000);

  it('finds the famous names there, so it is the rule that leaves them unmarked', () => {
    const matcher = compileMatcher(bundledDataset);
    const trump = matcher.targets.findIndex((t) => t.id === 'donald-trump');
    const pages = corpusPages().filter((page) =>
      htmlBlocks(readFileSync(path.join(CORPUS_DIR, page), 'utf8')).some((b) => scanBlock(matcher, b).candidates.some((c) => c.aliases.some((a) => a.target === trump))),
    );
    expect(pages.length).toBeGreaterThanOrEqual(25);
  }, 120_000);
});
