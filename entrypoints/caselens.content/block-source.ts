/**
 * scan glue: lib/scan's blocks under a root, one at a time. The walk is iterative and lazy, so the
 * scan pass can yield to the page between any two blocks and resume; the elements skipped for their
 * attributes are found by one native selector query rather than five attribute reads per element.
 */
import { iterateBlocks, type ScanElement } from '../../lib/scan';
import type { ScanBlock } from './scan-pass';

export function blocksUnder(root: Element): Iterable<ScanBlock> {
  return iterateBlocks(root as unknown as ScanElement, { bySelector: true }) as unknown as Iterable<ScanBlock>;
}
