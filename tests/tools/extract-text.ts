/**
 * Shared by the scanner CLI and the benchmark: an HTML page's article text blocks, read with linkedom
 * and lib/scan (the same stage the content script runs on the live page).
 */
import { parseHTML } from 'linkedom';
import { scanDocument, type ScanDocument } from '../../lib/scan/index';

/** Separator between blocks when a page's blocks are shown as one text. */
export const BLOCK_SEPARATOR = '\n\n';

export function htmlBlocks(html: string): string[] {
  const { document } = parseHTML(html);
  return scanDocument(document as unknown as ScanDocument).map((b) => b.text);
}
