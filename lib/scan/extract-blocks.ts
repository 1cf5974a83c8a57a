/**
 * Text blocks of an article: paragraph-level runs of text, each with the text nodes it was built from
 * and where each node's text sits in the block's text, so mention offsets map back to the DOM.
 */
import { ELEMENT_NODE, TEXT_NODE, type ScanElement, type ScanNode, type ScanText } from './dom-types';
import { BLOCK_TAGS, isSkipped, isSkippedByAttributes, isSkippedTag, SKIPPED_BY_ATTRIBUTES_SELECTOR } from './skip-rules';

export interface TextPiece {
  node: ScanText;
  /** Offsets of this node's text in the block's text. */
  start: number;
  end: number;
}

export interface TextBlock {
  element: ScanElement;
  /** The concatenation of `pieces`' node texts, in document order. */
  text: string;
  pieces: TextPiece[];
}

const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * HAS_WORD's answer, from a plain loop over the text: an ASCII letter or digit answers yes (the usual
 * case), all-ASCII text without one answers no (whitespace between blocks), and only text with other
 * characters goes to the Unicode regex, whose first use compiles large tables.
 */
function hasWord(text: string): boolean {
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) return true;
    if (c > 0x7f) ascii = false;
  }
  return !ascii && HAS_WORD.test(text);
}

class BlockBuilder {
  private pieces: TextPiece[] = [];
  /** Joined once per block: a flat string scans faster than one grown with += (a rope). */
  private parts: string[] = [];
  private length = 0;

  add(node: ScanText): void {
    const data = node.data;
    if (data.length === 0) return;
    this.pieces.push({ node, start: this.length, end: this.length + data.length });
    this.parts.push(data);
    this.length += data.length;
  }

  /** The block gathered since the last flush, if it has a word. */
  flush(element: ScanElement): TextBlock | undefined {
    if (this.parts.length === 0) return undefined;
    const text = this.parts.length === 1 ? (this.parts[0] ?? '') : this.parts.join('');
    const block = hasWord(text) ? { element, text, pieces: this.pieces } : undefined;
    this.pieces = [];
    this.parts = [];
    this.length = 0;
    return block;
  }
}

export interface BlockOptions {
  /**
   * Find the elements `isSkippedByAttributes` leaves out with one `querySelectorAll` on the root
   * (SKIPPED_BY_ATTRIBUTES_SELECTOR) instead of reading each element's attributes: the same answer,
   * far fewer DOM reads in a browser (each read from a content script crosses into the page).
   * Elements added while the walk is paused are then judged by their tag only.
   */
  bySelector?: boolean;
}

/**
 * The text blocks under `root` in document order (root itself included when it has direct text), one
 * at a time: an iterative walk over firstChild/nextSibling, so deep markup never recurses and a caller
 * can pause between blocks (the walk resumes where it was; a node removed meanwhile ends its branch).
 */
export function* iterateBlocks(root: ScanElement, { bySelector = false }: BlockOptions = {}): Generator<TextBlock> {
  if (isSkipped(root)) return;
  let skippedSet: Set<ScanElement> | undefined;
  if (bySelector) {
    const found = root.querySelectorAll(SKIPPED_BY_ATTRIBUTES_SELECTOR);
    skippedSet = new Set<ScanElement>();
    for (let i = 0; i < found.length; i++) {
      const el = found[i];
      if (el) skippedSet.add(el);
    }
  }
  const out = new BlockBuilder();
  /** Elements entered, innermost last, and whether each one is a block. */
  const open: ScanElement[] = [];
  const openIsBlock: boolean[] = [];
  /** The block elements entered (root first): the innermost owns the text being gathered. */
  const owners: ScanElement[] = [root];
  let owner = root;
  let node: ScanNode | null = root.firstChild;
  for (;;) {
    while (node === null) {
      const parent = open.pop();
      if (parent === undefined) {
        const last = out.flush(root);
        if (last) yield last;
        return;
      }
      if (openIsBlock.pop() === true) {
        const block = out.flush(parent);
        if (block) yield block;
        owners.pop();
        owner = owners[owners.length - 1] ?? root;
      }
      node = parent.nextSibling;
    }
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      out.add(node as ScanText);
      node = node.nextSibling;
      continue;
    }
    if (type !== ELEMENT_NODE) {
      node = node.nextSibling;
      continue;
    }
    const el = node as ScanElement;
    // The tag is read once per element: each DOM read from a content script crosses into the page.
    const tag = el.localName;
    if (isSkippedTag(tag) || (skippedSet ? skippedSet.has(el) : isSkippedByAttributes(el, tag))) {
      node = el.nextSibling;
      continue;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) {
      const block = out.flush(owner);
      if (block) yield block;
      owners.push(el);
      owner = el;
    }
    open.push(el);
    openIsBlock.push(isBlock);
    node = el.firstChild;
  }
}

/** Every block `iterateBlocks` yields, at once. */
export function extractBlocks(root: ScanElement, options?: BlockOptions): TextBlock[] {
  return [...iterateBlocks(root, options)];
}
