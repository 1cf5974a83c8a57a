/**
 * annotate (mentions -> marks): the only stage that writes the page. Each mention becomes a mark that
 * holds exactly the mention's text; the text nodes are split, never rewritten, so `innerText` stays
 * the same. A mention that crosses a text-node boundary ("Paula <b>Xinis</b>") is skipped: wrapping
 * its pieces would give one name two marks, and such markup is rare in article text.
 * `unwrapMarks` puts the original text nodes back (merging what we split).
 */
import type { Mention } from '../../lib/match/types';
import { createMark } from './marks';

/** One text node of a block and where its text sits in the block's text. */
export interface TextPiece {
  node: Text;
  start: number;
  end: number;
}

/** Which neighbours of a mark's text node were split off by us (and are merged back on unwrap). */
const splits = new WeakMap<Element, { before: boolean; after: boolean }>();

function pieceOf(pieces: readonly TextPiece[], m: Mention): TextPiece | undefined {
  return pieces.find((p) => p.start <= m.start && m.end <= p.end);
}

/** Wraps each mention in a mark; returns the marks made (in text order). */
export function annotateBlock(pieces: readonly TextPiece[], mentions: readonly Mention[]): HTMLElement[] {
  const byNode = new Map<TextPiece, Mention[]>();
  for (const m of mentions) {
    const piece = pieceOf(pieces, m);
    if (!piece || !piece.node.parentNode) continue;
    const list = byNode.get(piece) ?? [];
    list.push(m);
    byNode.set(piece, list);
  }
  const made: HTMLElement[] = [];
  for (const [piece, list] of byNode) {
    // Last mention first, so the offsets of earlier ones still hold in the (shrinking) original node.
    const sorted = [...list].sort((a, b) => b.start - a.start);
    let limit = Infinity;
    for (const m of sorted) {
      if (m.end > limit) continue; // overlaps the one after it
      // The page may have changed the text since it was read: wrap only what still reads the same.
      if (piece.node.data.slice(m.start - piece.start, m.end - piece.start) !== m.text) continue;
      made.push(wrap(piece.node, m.start - piece.start, m.end - piece.start, m));
      limit = m.start;
    }
  }
  return made.reverse();
}

function wrap(node: Text, from: number, to: number, m: Mention): HTMLElement {
  const doc = node.ownerDocument;
  const after = to < node.length;
  if (after) node.splitText(to);
  const before = from > 0;
  const inner = before ? node.splitText(from) : node;
  const mark = createMark(doc, m.entityId, m.name);
  inner.replaceWith(mark);
  mark.appendChild(inner);
  splits.set(mark, { before, after });
  return mark;
}

/** Puts a mark's text back where it was and merges the text nodes `wrap` split. */
export function unwrapMark(mark: Element): void {
  const parent = mark.parentNode;
  if (!parent) return;
  const split = splits.get(mark) ?? { before: false, after: false };
  const first = mark.firstChild;
  const last = mark.lastChild;
  const prev = mark.previousSibling;
  const next = mark.nextSibling;
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  mark.remove();
  if (split.after && last instanceof Text && next instanceof Text) {
    last.appendData(next.data);
    next.remove();
  }
  if (split.before && first instanceof Text && prev instanceof Text) {
    prev.appendData(first.data);
    first.remove();
  }
}

/** Unwraps every mark in `marks` (those a pass made), newest first. */
export function unwrapMarks(marks: readonly Element[]): void {
  for (let i = marks.length - 1; i >= 0; i--) {
    const mark = marks[i];
    if (mark) unwrapMark(mark);
  }
}
