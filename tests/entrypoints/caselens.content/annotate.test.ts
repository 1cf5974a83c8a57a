// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { annotateBlock, unwrapMarks } from '../../../entrypoints/caselens.content/annotate';
import { markOf } from '../../../entrypoints/caselens.content/marks';
import type { Mention } from '../../../lib/match/types';
import { extractBlocks, type ScanElement } from '../../../lib/scan';
import type { TextPiece } from '../../../entrypoints/caselens.content/annotate';

function setup(html: string) {
  document.body.innerHTML = `<p id="p">${html}</p>`;
  const p = document.getElementById('p') as HTMLElement;
  const [block] = extractBlocks(p as unknown as ScanElement);
  if (!block) throw new Error('no block');
  return { p, text: block.text, pieces: block.pieces as unknown as TextPiece[] };
}

const mention = (text: string, source: string, entityId: string, from = 0): Mention => {
  const start = source.indexOf(text, from);
  return { start, end: start + text.length, text, entityId, name: text, type: 'person' };
};

describe('annotate', () => {
  it('wraps each mention in a mark holding exactly its text, and unwrapping restores the text nodes', () => {
    const { p, text, pieces } = setup('Judge Paula Xinis and Nayib Bukele met.');
    const before = p.innerHTML;
    const marks = annotateBlock(pieces, [mention('Paula Xinis', text, 'paula-xinis'), mention('Nayib Bukele', text, 'nayib-bukele')]);
    expect(marks.map((m) => [m.getAttribute('data-caselens-entity'), m.textContent])).toEqual([
      ['paula-xinis', 'Paula Xinis'],
      ['nayib-bukele', 'Nayib Bukele'],
    ]);
    expect(p.textContent).toBe('Judge Paula Xinis and Nayib Bukele met.');
    unwrapMarks(marks);
    expect(p.innerHTML).toBe(before);
    expect(p.childNodes.length).toBe(1);
  });

  it('marks a mention that crosses an element boundary once per text node, the first one focusable, and restores it', () => {
    const { p, text, pieces } = setup('Judge <a href="/x">Paula <b>Xinis</b></a> ruled.');
    const before = p.innerHTML;
    const marks = annotateBlock(pieces, [mention('Paula Xinis', text, 'paula-xinis')]);
    expect(marks.map((m) => [m.textContent, m.parentElement?.localName, m.getAttribute('tabindex'), m.getAttribute('role')])).toEqual([
      ['Paula', 'a', '0', 'button'],
      ['Xinis', 'b', null, null],
    ]);
    expect(marks.every((m) => m.getAttribute('data-caselens-entity') === 'paula-xinis')).toBe(true);
    // both parts stand for the first one (the card's anchor)
    expect(marks.map((m) => markOf(m.firstChild))).toEqual([marks[0], marks[0]]);
    expect(p.textContent).toBe('Judge Paula Xinis ruled.');
    unwrapMarks(marks);
    expect(p.innerHTML).toBe(before);
  });

  it('leaves whitespace-only parts unmarked, and skips a split mention whose parts no longer read the same', () => {
    const a = setup('<b>Nayib</b> <b>Bukele</b> spoke.');
    const marks = annotateBlock(a.pieces, [mention('Nayib Bukele', a.text, 'nayib-bukele')]);
    expect(marks.map((m) => m.textContent)).toEqual(['Nayib', 'Bukele']);
    const b = setup('Paula <b>Xinis</b> ruled.');
    const node = b.pieces[1]?.node;
    if (node) node.data = 'Smith';
    expect(annotateBlock(b.pieces, [mention('Paula Xinis', b.text, 'paula-xinis')])).toEqual([]);
    expect(b.p.innerHTML).toBe('Paula <b>Smith</b> ruled.');
  });

  it('wraps mentions at the very start and end of a text node without empty nodes', () => {
    const { p, text, pieces } = setup('Xinis<i> and </i>Bukele');
    const marks = annotateBlock(pieces, [mention('Xinis', text, 'x'), mention('Bukele', text, 'b')]);
    expect(marks).toHaveLength(2);
    expect([...p.childNodes].every((n) => n.textContent !== '')).toBe(true);
    unwrapMarks(marks);
    expect(p.innerHTML).toBe('Xinis<i> and </i>Bukele');
  });

  it('leaves a mention alone when the page changed the text since the scan', () => {
    const { pieces, text } = setup('Paula Xinis ruled.');
    const m = mention('Paula Xinis', text, 'paula-xinis');
    const node = pieces[0]?.node;
    if (node) node.data = 'Someone else ruled.';
    expect(annotateBlock(pieces, [m])).toEqual([]);
  });
});
