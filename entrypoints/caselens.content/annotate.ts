/**
 * annotate (mentions -> marks): the only stage that writes the page. Each mention becomes a mark that
 * holds exactly the mention's text; the text nodes are split, never rewritten, so `innerText` stays
 * the same. A mention that crosses a text-node boundary ("Paula <b>Xinis</b>") gets one mark per
 * text node it covers, each inside its own parent (the page's elements are never moved): the first
 * is the one a keyboard reaches and a screen reader announces, the others only underline and hover.
 * `unwrapMarks` puts the original text nodes back (merging what we split).
 */
import type { Mention } from '../../lib/match/types';
import { createMark, createMarkContinuation, linkParts } from './marks';

/** One text node of a block and where its text sits in the block's text. */
export interface TextPiece {
  node: Text;
  start: number;
  end: number;
}

/** Which neighbours of a mark's text node were split off by us (and are merged back on unwrap). */
const splits = new WeakMap<Element, { before: boolean; after: boolean }>();

/** The part of mention `m` inside one text node: [start, end) in the block's text. */
interface Part {
  m: Mention;
  start: number;
  end: number;
  /** The mention's first part (the focusable mark). */
  first: boolean;
}

/** The parts of `m`, one per text node it covers, trimmed (whitespace-only parts left out); none if a gap isn't whitespace. */
function partsOf(pieces: readonly TextPiece[], m: Mention): { piece: TextPiece; part: Part }[] {
  const out: { piece: TextPiece; part: Part }[] = [];
  let covered = m.start;
  for (const piece of pieces) {
    if (piece.end <= m.start || piece.start >= m.end) continue;
    const start = Math.max(piece.start, m.start);
    const end = Math.min(piece.end, m.end);
    // Text between two pieces (a separator the block added) must be blank, or this is not one name.
    if (start > covered && m.text.slice(covered - m.start, start - m.start).trim() !== '') return [];
    covered = end;
    // The spaces at a part's edges stay outside its mark ("Paula " + "Xinis" marks "Paula" and "Xinis").
    const text = m.text.slice(start - m.start, end - m.start);
    const trimmed = text.trim();
    if (trimmed === '') continue;
    const lead = text.length - text.trimStart().length;
    out.push({ piece, part: { m, start: start + lead, end: start + lead + trimmed.length, first: out.length === 0 } });
  }
  return covered === m.end ? out : [];
}

/** Wraps each mention in a mark (or one per text node it covers); returns the marks made (in text order). */
export function annotateBlock(pieces: readonly TextPiece[], mentions: readonly Mention[]): HTMLElement[] {
  const byNode = new Map<TextPiece, Part[]>();
  for (const m of mentions) {
    const parts = partsOf(pieces, m);
    // A mention is written whole or not at all: every part must still read as the page's text.
    if (parts.length === 0 || !parts.every(({ piece, part }) => piece.node.parentNode && reads(piece, part))) continue;
    for (const { piece, part } of parts) {
      const list = byNode.get(piece) ?? [];
      list.push(part);
      byNode.set(piece, list);
    }
  }
  const made: { at: number; mark: HTMLElement; m: Mention }[] = [];
  for (const [piece, list] of byNode) {
    // Last part first, so the offsets of earlier ones still hold in the (shrinking) original node.
    const sorted = [...list].sort((a, b) => b.start - a.start);
    let limit = Infinity;
    for (const part of sorted) {
      if (part.end > limit) continue; // overlaps the one after it
      made.push({ at: part.start, mark: wrap(piece.node, part.start - piece.start, part.end - piece.start, part), m: part.m });
      limit = part.start;
    }
  }
  made.sort((a, b) => a.at - b.at);
  const parts = new Map<Mention, HTMLElement[]>();
  for (const { m, mark } of made) parts.set(m, [...(parts.get(m) ?? []), mark]);
  for (const [first, ...rest] of parts.values()) if (first && rest.length > 0) linkParts(first, rest);
  return made.map((x) => x.mark);
}

/** True when the page's text node still holds the part's text (the page may have changed it since it was read). */
function reads(piece: TextPiece, part: Part): boolean {
  const { m } = part;
  return piece.node.data.slice(part.start - piece.start, part.end - piece.start) === m.text.slice(part.start - m.start, part.end - m.start);
}

function wrap(node: Text, from: number, to: number, { m, first }: Part): HTMLElement {
  const doc = node.ownerDocument;
  const after = to < node.length;
  if (after) node.splitText(to);
  const before = from > 0;
  const inner = before ? node.splitText(from) : node;
  const mark = first ? createMark(doc, m.entityId, m.name) : createMarkContinuation(doc, m.entityId);
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
