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

  it('keeps every busy tab\'s pass: many tabs scanning at once lose none of their evidence', async () => {
    const store = passes();
    // 30 tabs (more than the 24 passes the old global cache kept), each mid-page
    for (let tabId = 1; tabId <= 30; tabId++) {
      await store.matchBlocks({ tabId, frameId: 0 }, { pass: `p${tabId}`, first: 0, texts: ['Kilmar Abrego Garcia was deported in March.'] });
    }
    for (let tabId = 1; tabId <= 30; tabId++) {
      const got = await store.matchBlocks({ tabId, frameId: 0 }, { pass: `p${tabId}`, first: 1, texts: ['Garcia was not in the courtroom.'], resolve: [1, 2] });
      expect(ids(got)).toEqual([['kilmar-abrego-garcia']]);
    }
    expect(store.size).toBe(30);
  });

  it('keeps a frame\'s latest passes and a tab\'s latest frames, least recently used dropped first', async () => {
    const store = createMatchPasses(() => Promise.resolve(matcher), { perFrame: 2, perTab: 3 });
    const text = { first: 0, texts: ['Judge Paula Xinis ruled.'] };
    await store.matchBlocks(tab, { pass: 'one', ...text });
    await store.matchBlocks(tab, { pass: 'two', ...text });
    await store.matchBlocks(tab, { pass: 'three', ...text }); // drops 'one', the frame's oldest
    expect(ids(await store.matchBlocks(tab, { pass: 'one', first: 1, texts: [], resolve: [0, 1] }))).toEqual([[]]);
    // that asked for 'one' again (now empty), which dropped 'two'; another tab is not touched
    await store.matchBlocks({ tabId: 9, frameId: 0 }, { pass: 'other', ...text });
    await store.matchBlocks({ tabId: 7, frameId: 1 }, { pass: 'f1', ...text });
    await store.matchBlocks({ tabId: 7, frameId: 2 }, { pass: 'f2', ...text }); // tab 7 over 3: its oldest goes
    expect(ids(await store.matchBlocks({ tabId: 9, frameId: 0 }, { pass: 'other', first: 1, texts: [], resolve: [0, 1] }))).toEqual([['paula-xinis']]);
    expect(ids(await store.matchBlocks({ tabId: 7, frameId: 2 }, { pass: 'f2', first: 1, texts: [], resolve: [0, 1] }))).toEqual([['paula-xinis']]);
    expect(store.size).toBe(4);
  });

  it('drops a tab\'s passes when it navigates or closes, and only that tab\'s', async () => {
    const store = passes();
    await store.matchBlocks(tab, { pass: 'a', first: 0, texts: ['Judge Paula Xinis ruled.'] });
    await store.matchBlocks({ tabId: 7, frameId: 3 }, { pass: 'b', first: 0, texts: ['Judge Paula Xinis ruled.'] });
    await store.matchBlocks({ tabId: 9, frameId: 0 }, { pass: 'c', first: 0, texts: ['Judge Paula Xinis ruled.'] });
    store.forgetTab(7);
    expect(store.size).toBe(1);
    expect(ids(await store.matchBlocks(tab, { pass: 'a', first: 1, texts: [], resolve: [0, 1] }))).toEqual([[]]);
  });

  it('bounds the text kept per pass: blocks past it count as empty, their indices in line', async () => {
    const store = createMatchPasses(() => Promise.resolve(matcher), { passChars: 60 });
    const block = 'Judge Paula Xinis ruled.'; // 24 characters
    await store.matchBlocks(tab, { pass: 'p', first: 0, texts: [block, block, block, block] });
    expect(ids(await store.matchBlocks(tab, { pass: 'p', first: 4, texts: [], resolve: [0, 4] }))).toEqual([['paula-xinis'], ['paula-xinis'], [], []]);
  });

  it('bounds the text kept in all: past it, the least recently used pass goes, never the one being added to', async () => {
    const store = createMatchPasses(() => Promise.resolve(matcher), { totalChars: 50 });
    const block = 'Judge Paula Xinis ruled.';
    await store.matchBlocks({ tabId: 1, frameId: 0 }, { pass: 'p', first: 0, texts: [block] });
    await store.matchBlocks({ tabId: 2, frameId: 0 }, { pass: 'p', first: 0, texts: [block] });
    expect(store.size).toBe(2);
    await store.matchBlocks({ tabId: 3, frameId: 0 }, { pass: 'p', first: 0, texts: [block] });
    expect(store.size).toBe(2);
    expect(ids(await store.matchBlocks({ tabId: 3, frameId: 0 }, { pass: 'p', first: 1, texts: [], resolve: [0, 1] }))).toEqual([['paula-xinis']]);
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
