/**
 * scan glue: lib/scan's blocks, in pieces small enough to time-slice. `extractBlocks` reads a whole
 * subtree at once, so a big root is taken apart here, child by child, without recursion: each block
 * child is scanned on its own (lib/scan flushes a block around it anyway), each run of inline
 * children as one block of the parent. Equivalent to `extractBlocks(root)`, one subtree at a time.
 */
import { extractBlocks, isSkipped, type ScanElement, type ScanNode, type TextBlock } from '../../lib/scan';
import { BLOCK_TAGS } from '../../lib/scan/skip-rules';
import type { ScanBlock } from './scan-pass';

/** A block child with more element children than this is taken apart rather than read at once. */
const SPLIT_ABOVE_CHILDREN = 8;

const isBlockElement = (n: Node): n is Element => n instanceof Element && BLOCK_TAGS.has(n.localName);

/** A run of inline children of `parent`, seen by extractBlocks as an element of its own. */
function inlineRun(parent: Element, nodes: Node[]): ScanElement {
  return {
    nodeType: 1,
    tagName: 'SPAN',
    childNodes: nodes as unknown as ArrayLike<ScanNode>,
    parentNode: parent as unknown as ScanNode,
    getAttribute: () => null,
    hasAttribute: () => false,
    querySelectorAll: () => [],
    textContent: null,
  };
}

function safeExtract(el: ScanElement): TextBlock[] {
  try {
    return extractBlocks(el);
  } catch {
    return []; // e.g. markup nested deeper than the stack: left unscanned rather than crash
  }
}

const toScanBlock = (b: TextBlock): ScanBlock => b as unknown as ScanBlock;

/** The blocks under `root`, in document order, one small subtree at a time. */
export function* sliceBlocks(root: Element): Generator<ScanBlock> {
  if (isSkipped(root as unknown as ScanElement)) return;
  // Each stack entry is an element to take apart; its children are visited in order, deferring
  // big block children by pushing them (and what follows them) back.
  const work: Array<{ el: Element; from: number }> = [{ el: root, from: 0 }];
  while (work.length > 0) {
    const top = work.pop();
    if (!top) break;
    const kids = top.el.childNodes;
    let run: Node[] = [];
    const flushRun = function* () {
      if (run.length > 0) yield* safeExtract(inlineRun(top.el, run)).map(toScanBlock);
      run = [];
    };
    for (let i = top.from; i < kids.length; i++) {
      const node = kids[i];
      if (!node) continue;
      if (!isBlockElement(node)) {
        run.push(node);
        continue;
      }
      yield* flushRun();
      if (isSkipped(node as unknown as ScanElement)) continue;
      if (node.childElementCount > SPLIT_ABOVE_CHILDREN || hasOnlyBlockChild(node)) {
        work.push({ el: top.el, from: i + 1 }, { el: node, from: 0 });
        break;
      }
      yield* safeExtract(node as unknown as ScanElement).map(toScanBlock);
    }
    if (run.length > 0) yield* flushRun();
  }
}

/** A wrapper around a single block (div > div > ... ): taken apart so deep nesting never recurses. */
function hasOnlyBlockChild(el: Element): boolean {
  return el.childElementCount === 1 && el.firstElementChild !== null && isBlockElement(el.firstElementChild);
}
