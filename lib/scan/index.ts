/**
 * Scan stage: DOM in, text blocks out. Reads only the Document it is given.
 *   const blocks = scanDocument(document); // [{ element, text, pieces: [{ node, start, end }] }]
 */
import type { ScanDocument } from './dom-types';
import { extractBlocks, type TextBlock } from './extract-blocks';
import { findArticleRoot } from './find-article-root';

export type { ScanDocument, ScanElement, ScanNode, ScanText } from './dom-types';
export { extractBlocks, iterateBlocks, type BlockOptions, type TextBlock, type TextPiece } from './extract-blocks';
export { findArticleRoot } from './find-article-root';
export { isSkipped } from './skip-rules';

/** The article's text blocks: finds the article root, then extracts its blocks. */
export function scanDocument(doc: ScanDocument): TextBlock[] {
  const root = findArticleRoot(doc);
  return root ? extractBlocks(root) : [];
}
