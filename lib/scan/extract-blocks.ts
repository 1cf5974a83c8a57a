/**
 * Text blocks of an article: paragraph-level runs of text, each with the text nodes it was built from
 * and where each node's text sits in the block's text, so mention offsets map back to the DOM.
 */
import { isElement, isText, type ScanElement, type ScanNode, type ScanText } from './dom-types';
import { BLOCK_TAGS, isSkipped, tagOf } from './skip-rules';

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

/** HAS_WORD's answer, from a plain loop when the text has an ASCII letter or digit (the usual case). */
function hasWord(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) return true;
  }
  return HAS_WORD.test(text);
}

class BlockBuilder {
  readonly blocks: TextBlock[] = [];
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

  flush(element: ScanElement): void {
    const text = this.parts.length === 1 ? (this.parts[0] ?? '') : this.parts.join('');
    if (hasWord(text)) this.blocks.push({ element, text, pieces: this.pieces });
    this.pieces = [];
    this.parts = [];
    this.length = 0;
  }
}

function walk(el: ScanElement, owner: ScanElement, out: BlockBuilder): void {
  const kids = el.childNodes;
  for (let i = 0; i < kids.length; i++) {
    const node: ScanNode | undefined = kids[i];
    if (!node) continue;
    if (isText(node)) {
      out.add(node);
    } else if (isElement(node)) {
      // The tag is read once per element: each DOM read from a content script crosses into the page.
      const tag = tagOf(node);
      if (isSkipped(node, tag)) continue;
      if (BLOCK_TAGS.has(tag)) {
        out.flush(owner);
        walk(node, node, out);
        out.flush(node);
      } else {
        walk(node, owner, out);
      }
    }
  }
}

/** The text blocks under `root` in document order (root itself included when it has direct text). */
export function extractBlocks(root: ScanElement): TextBlock[] {
  const out = new BlockBuilder();
  if (isSkipped(root)) return [];
  walk(root, root, out);
  out.flush(root);
  return out.blocks;
}
