/** The background's matching for content scripts: one page context per scan pass, as lib/match decides. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMatchPasses, withCases } from '../../../entrypoints/background/matching';
import { toMatchIndex } from '../../../lib/dataset/match-index';
import { compileMatcher, findMentions, findPageMentions } from '../../../lib/match';
import { needsActiveCase } from '../../../lib/match/relevance';
import { testDataset } from '../../lib/match/test-dataset';
import { FIXTURES_DIR } from '../../support/paths';

const matcher = compileMatcher(toMatchIndex(testDataset));
const passes = () => createMatchPasses(() => Promise.resolve(matcher));
const tab = { tabId: 7, frameId: 0 };
const article = readFileSync(path.join(FIXTURES_DIR, 'articles/court-hearing.txt'), 'utf8').split(/\n\s*\n/).filter((p) => p.trim());
const ids = (lists: { entityId: string }[][]) => lists.map((l) => l.map((m) => m.entityId));

describe('createMatchPasses', () => {
  it('finds what lib/match finds over the whole page, however the blocks are split into messages', async () => {
    const store = passes();
    const expected = findPageMentions(matcher, article);
    expect(expected.flat().length).toBeGreaterThan(5);
    // three messages of pass 1, then one asking for pass 2 of every block
    const third = Math.ceil(article.length / 3);
    for (let first = 0; first < article.length; first += third) {
      expect(await store.matchBlocks(tab, { pass: 'p1', first, texts: article.slice(first, first + third) })).toEqual([]);
    }
    const got = await store.matchBlocks(tab, { pass: 'p1', first: article.length, texts: [], resolve: [0, article.length] });
    expect(got).toEqual(expected);
  });

  it('weighs a bare surname with the evidence of earlier messages of the same pass only', async () => {
    const store = passes();
    const late = 'Garcia was not in the courtroom.';
    expect(findMentions(matcher, late)).toEqual([]);
    await store.matchBlocks(tab, { pass: 'a', first: 0, texts: ['Kilmar Abrego Garcia was deported in March.'] });
    const withContext = await store.matchBlocks(tab, { pass: 'a', first: 1, texts: [late], resolve: [1, 2] });
    expect(ids(withContext)).toEqual([['kilmar-abrego-garcia']]);
    // another pass (another page, or the same page after a navigation) starts with no evidence
    const alone = await store.matchBlocks(tab, { pass: 'b', first: 0, texts: [late], resolve: [0, 1] });
    expect(ids(alone)).toEqual([[]]);
    // and so does the same pass id sent from another tab
    const otherTab = await store.matchBlocks({ tabId: 8, frameId: 0 }, { pass: 'a', first: 0, texts: [late], resolve: [0, 1] });
    expect(ids(otherTab)).toEqual([[]]);
  });

  it('keeps block indices in line when a restarted worker gets a pass it never saw', async () => {
    const store = passes();
    const got = await store.matchBlocks(tab, { pass: 'late', first: 3, texts: ['Judge Paula Xinis ruled.'], resolve: [0, 4] });
    expect(ids(got)).toEqual([[], [], [], ['paula-xinis']]);
    // a repeated message doesn't add its blocks twice
    await store.matchBlocks(tab, { pass: 'late', first: 3, texts: ['Judge Paula Xinis ruled.'] });
    expect(ids(await store.matchBlocks(tab, { pass: 'late', first: 4, texts: [], resolve: [3, 5] }))).toEqual([['paula-xinis'], []]);
  });

  it('drops the least recently used passes past its limit, and a closed tab\'s passes', async () => {
    const store = createMatchPasses(() => Promise.resolve(matcher), 2);
    await store.matchBlocks(tab, { pass: 'one', first: 0, texts: ['Judge Paula Xinis ruled.'] });
    await store.matchBlocks(tab, { pass: 'two', first: 0, texts: ['Judge Paula Xinis ruled.'] });
    await store.matchBlocks({ tabId: 9, frameId: 0 }, { pass: 'three', first: 0, texts: ['Judge Paula Xinis ruled.'] });
    expect(store.size).toBe(2);
    // 'one' was dropped: its block is gone
    expect(ids(await store.matchBlocks(tab, { pass: 'one', first: 1, texts: [], resolve: [0, 1] }))).toEqual([[]]);
    expect(ids(await store.matchBlocks({ tabId: 9, frameId: 0 }, { pass: 'three', first: 1, texts: [], resolve: [0, 1] }))).toEqual([['paula-xinis']]);
    store.forgetTab(9);
    expect(store.size).toBe(1);
  });

  it('loads the matcher once per pass, when the pass starts', async () => {
    let loads = 0;
    const store = createMatchPasses(() => {
      loads += 1;
      return Promise.resolve(matcher);
    });
    await Promise.all([
      store.matchBlocks(tab, { pass: 'x', first: 0, texts: ['Judge Paula Xinis ruled.'] }),
      store.matchBlocks(tab, { pass: 'x', first: 1, texts: ['Nayib Bukele spoke.'] }),
    ]);
    expect(loads).toBe(1);
    expect(ids(await store.matchBlocks(tab, { pass: 'x', first: 2, texts: [], resolve: [0, 2] }))).toEqual([['paula-xinis'], ['nayib-bukele']]);
  });
});

describe('withCases', () => {
  it('adds the cases the page is about: named directly, or through someone specific to them, never through a famous name alone', () => {
    const targets = matcher.targets;
    const specific = targets.find((t) => t.type === 'person' && !t.caseOnly && t.caseIds.length === 1)!;
    expect(withCases({ url: 'u', counts: { [specific.id]: 1 } }, targets, 5)).toEqual({ url: 'u', counts: { [specific.id]: 1 }, caseIds: specific.caseIds, scannedAt: 5 });
    const famous = targets.filter((t) => needsActiveCase(t) && t.caseIds.length > 0);
    expect(famous.length).toBeGreaterThan(1);
    expect(withCases({ url: 'u', counts: Object.fromEntries(famous.map((t) => [t.id, 2])) }, targets).caseIds).toEqual([]);
    const named = targets.find((t) => t.type === 'case')!;
    expect(withCases({ url: 'u', counts: { [named.id]: 1 } }, targets).caseIds).toEqual([named.id]);
  });
});
