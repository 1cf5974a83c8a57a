/**
 * The background's tagger path (lib/match/batched-tags: sentences batched to a tagger elsewhere) decides
 * exactly as the CLI's (compromise in the same thread), on the look-alike texts and the test articles;
 * a page the rules settle alone never calls the tagger; a failing tagger leaves the rules' answer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../../assets/dataset/index';
import { compileMatcher, createPageContext } from '../../../lib/match';
import { resolveWithTags } from '../../../lib/match/batched-tags';
import { compromiseMatchOptions, parseSentences } from '../../../lib/match/disambiguate-compromise';

const matcher = compileMatcher(bundledDataset);
const ARTICLES = path.resolve(__dirname, '../../fixtures/articles');

function pageOf(text: string) {
  const page = createPageContext(matcher);
  text.split(/\n\s*\n/).forEach((b) => page.addBlock(b));
  return page;
}

const texts: [string, string][] = [
  ['tim and lisa cook', 'Fed Governor Lisa Cook sued to keep her seat. Tim Cook, who runs Apple, spoke later. Cook said the phones would ship.\n\nCook said she would fight the removal.'],
  ['jackson, mississippi', 'Justice Ketanji Brown Jackson dissented in the birthright citizenship case.\n\nIn Jackson, Mississippi, the mayor said nothing. Jackson wrote that the order was unlawful.'],
  ...readdirSync(ARTICLES)
    .filter((f) => f.endsWith('.txt') || f.endsWith('.md'))
    .map((f): [string, string] => [f, readFileSync(path.join(ARTICLES, f), 'utf8')]),
];

describe('resolveWithTags', () => {
  it('has texts to compare', () => expect(texts.length).toBeGreaterThan(4));

  it.each(texts)('%s: the same mentions as the tagger in the same thread', async (_, text) => {
    const page = pageOf(text);
    const inThread = page.resolve(compromiseMatchOptions());
    const calls: number[] = [];
    const batched = await resolveWithTags(
      (options) => page.resolve(options),
      async (sentences) => {
        calls.push(sentences.length);
        return parseSentences(sentences);
      },
    );
    expect(batched.result).toEqual(inThread);
    expect(batched.taggerError).toBeUndefined();
    expect(calls.length).toBeLessThanOrEqual(4);
  });

  it('asks the tagger nothing when the rules settle every name', async () => {
    const page = pageOf('Judge Paula Xinis ordered the government to facilitate the return of Kilmar Abrego Garcia.');
    let called = false;
    const out = await resolveWithTags(
      (options) => page.resolve(options),
      async () => {
        called = true;
        return [];
      },
    );
    expect(called).toBe(false);
    expect(out.sentences).toBe(0);
    expect(out.result.flat().map((m) => m.entityId)).toContain('paula-xinis');
  });

  it('falls back to the rules alone when the tagger fails or answers the wrong count', async () => {
    const page = pageOf(texts[0]![1]);
    const rules = page.resolve();
    for (const tag of [async () => Promise.reject(new Error('down')), async () => []]) {
      const out = await resolveWithTags((options) => page.resolve(options), tag);
      expect(out.taggerError).toBeDefined();
      expect(out.result).toEqual(rules);
    }
  });
});
