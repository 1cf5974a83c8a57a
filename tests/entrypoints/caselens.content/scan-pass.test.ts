// @vitest-environment happy-dom
/**
 * The scan pass glue: blocks go to the matcher in messages of bounded size, pass 2 comes back with the
 * last one on an ordinary page, marks land where the matcher says, and a second scan adds nothing.
 * The matcher behind the fake messages is the background's real pass store.
 */
import { describe, expect, it, vi } from 'vitest';
import { createMatchPasses } from '../../../entrypoints/background/matching';
import { blocksUnder } from '../../../entrypoints/caselens.content/block-source';
import {
  BlockCounter,
  collectBlocks,
  MARKS_PER_FRAME,
  markBlocks,
  NEAR_VIEW_BLOCKS,
  NEAR_VIEW_GROUP,
  ScannedNodes,
  type NearWatch,
  type PageMatcher,
} from '../../../entrypoints/caselens.content/scan-pass';
import { BudgetSpent, WorkClock } from '../../../entrypoints/caselens.content/work-clock';
import { toMatchIndex } from '../../../lib/dataset/match-index';
import { compileMatcher } from '../../../lib/match';
import { testDataset } from '../../lib/match/test-dataset';

const matcher = compileMatcher(toMatchIndex(testDataset));

interface Sent {
  first: number;
  texts: number;
  chars: number;
  resolve?: readonly [number, number];
}

function recordingMatcher(): { page: PageMatcher; sent: Sent[] } {
  const store = createMatchPasses(() => Promise.resolve(matcher));
  const sent: Sent[] = [];
  const page: PageMatcher = {
    match(first, texts, resolve) {
      sent.push({ first, texts: texts.length, chars: texts.reduce((a, t) => a + t.length, 0), resolve });
      return store.matchBlocks({ tabId: 1, frameId: 0 }, { pass: 'p', first, texts, resolve });
    },
  };
  return { page, sent };
}

async function scan(root: Element, page: PageMatcher, counter: BlockCounter, scanned: ScannedNodes) {
  const clock = new WorkClock(new AbortController().signal);
  const pending = await collectBlocks([root], blocksUnder, page, counter, scanned, clock);
  return markBlocks(pending, page, scanned, clock);
}

const marksIn = (root: Element) => [...root.querySelectorAll('[data-caselens-entity]')].map((m) => [m.getAttribute('data-caselens-entity'), m.textContent]);

describe('scan pass', () => {
  it('sends an ordinary page in one message that also brings back pass 2, and marks what it found', async () => {
    document.body.innerHTML = `<article><h1>Kilmar Abrego Garcia returned</h1><p>Judge Paula Xinis ruled on Friday.</p>
      <p>Garcia was not in court.</p><p>Nothing here.</p></article>`;
    const root = document.querySelector('article')!;
    const before = root.textContent;
    const { page, sent } = recordingMatcher();
    const out = await scan(root, page, new BlockCounter(), new ScannedNodes());
    expect(sent).toEqual([{ first: 0, texts: 4, chars: expect.any(Number), resolve: [0, 4] }]);
    expect(marksIn(root)).toEqual([
      ['kilmar-abrego-garcia', 'Kilmar Abrego Garcia'],
      ['paula-xinis', 'Paula Xinis'],
      ['kilmar-abrego-garcia', 'Garcia'],
    ]);
    expect(out.mentions.map((m) => m.entityId)).toEqual(['kilmar-abrego-garcia', 'paula-xinis', 'kilmar-abrego-garcia']);
    expect(root.textContent).toBe(before);
  });

  it('splits a long page into messages of bounded text and asks for pass 2 in groups', async () => {
    const para = `<p>Judge Paula Xinis said ${'the hearing went on and on '.repeat(10)}.</p>`;
    document.body.innerHTML = `<article>${para.repeat(1500)}</article>`;
    const root = document.querySelector('article')!;
    const { page, sent } = recordingMatcher();
    const frames = vi.spyOn(window, 'requestAnimationFrame');
    await scan(root, page, new BlockCounter(), new ScannedNodes());
    // the marks go in at most MARKS_PER_FRAME between two rendered frames
    expect(frames).toHaveBeenCalledTimes(Math.ceil(1500 / MARKS_PER_FRAME) - 1);
    frames.mockRestore();
    const adds = sent.filter((s) => s.texts > 0);
    const asks = sent.filter((s) => s.resolve);
    expect(adds.length).toBeGreaterThan(3);
    for (const s of adds) expect(s.chars).toBeLessThan(64 * 1024 + 400);
    // every block sent once, in order
    expect(adds.map((s) => s.first)).toEqual(adds.map((_, i) => adds.slice(0, i).reduce((a, s) => a + s.texts, 0)));
    expect(adds.reduce((a, s) => a + s.texts, 0)).toBe(1500);
    expect(asks.map((s) => s.resolve)).toEqual([[0, 1000], [1000, 1500]]);
    expect(root.querySelectorAll('[data-caselens-entity="paula-xinis"]').length).toBe(1500);
  });

  it('adds nothing when the same root is scanned again, and numbers new blocks after the old ones', async () => {
    document.body.innerHTML = '<article><p>Judge Paula Xinis ruled.</p></article>';
    const root = document.querySelector('article')!;
    const { page, sent } = recordingMatcher();
    const counter = new BlockCounter();
    const scanned = new ScannedNodes();
    await scan(root, page, counter, scanned);
    const again = await scan(root, page, counter, scanned);
    expect(again.marks).toEqual([]);
    expect(marksIn(root)).toEqual([['paula-xinis', 'Paula Xinis']]);
    const p = document.createElement('p');
    p.textContent = 'Nayib Bukele answered.';
    root.append(p);
    await scan(p, page, counter, scanned);
    expect(sent.at(-1)).toEqual({ first: 1, texts: 1, chars: 22, resolve: [1, 2] });
    expect(marksIn(root)).toEqual([['paula-xinis', 'Paula Xinis'], ['nayib-bukele', 'Nayib Bukele']]);
  });

  it('on a very long page, counts every mention at once but writes marks only for the groups the viewport reaches', async () => {
    const blocks = NEAR_VIEW_BLOCKS + 100;
    document.body.innerHTML = `<article>${'<p>Judge Paula Xinis said the hearing went on.</p>'.repeat(blocks - 1)}<p>Marco Rubio spoke last.</p></article>`;
    const root = document.querySelector('article')!;
    const before = root.textContent;
    const { page } = recordingMatcher();
    const clock = new WorkClock(new AbortController().signal);
    const pending = await collectBlocks([root], blocksUnder, page, new BlockCounter(), new ScannedNodes(), clock);
    const watchers: { starts: readonly Element[]; near: (i: number) => void }[] = [];
    const watch: NearWatch = (starts, near) => void watchers.push({ starts, near });
    const pass = new AbortController();
    const marks: HTMLElement[] = [];
    const found: string[] = [];
    let writeFirst: ((entityId: string) => void) | undefined;
    await markBlocks(pending, page, new ScannedNodes(), clock, {
      onMarks: (m, f) => {
        marks.push(...m);
        found.push(...f.map((x) => x.entityId));
      },
      near: { watch, signal: pass.signal, onWaiting: (w) => (writeFirst = w) },
    });
    // every mention counted, nothing written yet, one watched element per group (its first paragraph)
    expect(found.length).toBe(blocks);
    expect(marks).toEqual([]);
    const [w] = watchers;
    const groups = Math.ceil(blocks / NEAR_VIEW_GROUP);
    expect(w?.starts.length).toBe(groups);
    const paras = [...root.querySelectorAll('p')];
    expect(w?.starts[2]).toBe(paras[2 * NEAR_VIEW_GROUP]);
    // group 2 comes near: its paragraphs, and only they, get their marks (once, however often it is reported)
    w?.near(2);
    w?.near(2);
    const marked = (from: number, to: number) => paras.slice(from, to).every((p) => p.querySelector('[data-caselens-entity]'));
    expect(marks.length).toBe(NEAR_VIEW_GROUP);
    expect(marked(2 * NEAR_VIEW_GROUP, 3 * NEAR_VIEW_GROUP)).toBe(true);
    expect(root.querySelectorAll('[data-caselens-entity]').length).toBe(NEAR_VIEW_GROUP);
    // "show on page" for a name only the last paragraph has writes its group
    writeFirst?.('marco-rubio');
    expect(paras.at(-1)?.querySelector('[data-caselens-entity="marco-rubio"]')?.textContent).toBe('Marco Rubio');
    expect(root.textContent).toBe(before);
    // after the pass ends, nothing more is written
    pass.abort();
    w?.near(0);
    expect(paras[0]?.querySelector('[data-caselens-entity]')).toBeNull();
  });

  it('when the budget runs out mid-way, watches the blocks taken so far and leaves the rest for a later scan', async () => {
    document.body.innerHTML = `<article>${'<p>Judge Paula Xinis ruled.</p>'.repeat(NEAR_VIEW_BLOCKS + 10)}</article>`;
    const root = document.querySelector('article')!;
    const { page } = recordingMatcher();
    const scanned = new ScannedNodes();
    const pending = await collectBlocks([root], blocksUnder, page, new BlockCounter(), new ScannedNodes(), new WorkClock(new AbortController().signal));
    // a clock whose every check ends the chunk and whose budget is spent at once
    const tight = new WorkClock(new AbortController().signal, 0, () => 0);
    let starts: readonly Element[] = [];
    const watch: NearWatch = (s) => void (starts = s);
    const run = markBlocks(pending, page, scanned, tight, { near: { watch, signal: new AbortController().signal } });
    await expect(run).rejects.toBeInstanceOf(BudgetSpent);
    const taken = pending.filter((p) => scanned.has(p.block)).length;
    expect(taken).toBeGreaterThan(0);
    expect(taken).toBeLessThan(pending.length);
    expect(starts.length).toBe(Math.ceil(taken / NEAR_VIEW_GROUP));
  });

  it('writes everything at once below the long-page threshold, even with a watch', async () => {
    document.body.innerHTML = `<article>${'<p>Judge Paula Xinis ruled.</p>'.repeat(NEAR_VIEW_BLOCKS)}</article>`;
    const root = document.querySelector('article')!;
    const { page } = recordingMatcher();
    const clock = new WorkClock(new AbortController().signal);
    const watch = vi.fn<NearWatch>();
    const pending = await collectBlocks([root], blocksUnder, page, new BlockCounter(), new ScannedNodes(), clock);
    await markBlocks(pending, page, new ScannedNodes(), clock, { near: { watch, signal: new AbortController().signal } });
    expect(watch).not.toHaveBeenCalled();
    expect(root.querySelectorAll('[data-caselens-entity]').length).toBe(NEAR_VIEW_BLOCKS);
  });
});
