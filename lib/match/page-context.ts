/**
 * Page-level matching in two passes. Pass 1 (`addBlock`) scans each block of a page and gathers what
 * the page says as a whole; pass 2 (`resolve`) decides every candidate with that knowledge, so a bare
 * "Garcia" in paragraph 9 counts because paragraph 1 said "Kilmar Abrego Garcia".
 *
 *   const page = createPageContext(matcher);
 *   blocks.forEach((b) => page.addBlock(b.text));
 *   const perBlock = page.resolve({ disambiguate }); // Mention[][] in addBlock order
 */
import { scanTokens } from '../text/token-scan';
import { scanBlock, type ScannedBlock } from './candidates';
import { addCueAliases } from './cues';
import { emptyEvidence, gatherEvidence, settledConflicts } from './evidence';
import { activeCases, resolveBlock, type ResolveContext } from './resolve';
import type { CompiledMatcher, MatchOptions, Mention } from './types';

export interface PageContext {
  /** Pass 1 for one block; returns its index for `resolveBlock`. Blocks may be added after a resolve. */
  addBlock(text: string): number;
  /** Pass 2 for every block added so far, in the order they were added. */
  resolve(options?: MatchOptions): Mention[][];
  /** Pass 2 for one block (e.g. a block added by a page update), with the whole page's evidence. */
  resolveBlock(index: number, options?: MatchOptions): Mention[];
  /**
   * Pass 2 for blocks `from` up to `to` (excluded), weighing the page's evidence once for all of them:
   * one list per index, empty for an index no block was added at.
   */
  resolveRange(from: number, to: number, options?: MatchOptions): Mention[][];
  readonly blockCount: number;
}

export function createPageContext(matcher: CompiledMatcher): PageContext {
  const blocks: ScannedBlock[] = [];
  const evidence = emptyEvidence();
  const context = (options: MatchOptions = {}): ResolveContext => ({
    matcher,
    evidence,
    options,
    activeCases: activeCases(matcher, evidence),
    conflicts: settledConflicts(evidence, options.disambiguate),
  });
  const resolveRange = (from: number, to: number, options?: MatchOptions): Mention[][] => {
    const ctx = context(options);
    return Array.from({ length: Math.max(0, to - from) }, (_, i) => {
      const block = blocks[from + i];
      return block ? resolveBlock(ctx, block, from + i) : [];
    });
  };
  return {
    addBlock(text) {
      const scan = scanTokens(text, matcher.tokenFilter);
      addCueAliases(text, scan, matcher.tokenFilter, evidence.cuedAliases);
      const block = scanBlock(matcher, text, scan);
      gatherEvidence(matcher, block, evidence, blocks.length);
      blocks.push(block);
      return blocks.length - 1;
    },
    resolve: (options) => resolveRange(0, blocks.length, options),
    resolveBlock: (index, options) => resolveRange(index, index + 1, options)[0] ?? [],
    resolveRange,
    get blockCount() {
      return blocks.length;
    },
  };
}

/** Mentions in one standalone text (the text is its own page). */
export function findMentions(matcher: CompiledMatcher, text: string, options: MatchOptions = {}): Mention[] {
  const page = createPageContext(matcher);
  page.addBlock(text);
  return page.resolveBlock(0, options);
}

/** Mentions in each of a page's blocks, with page-level context across them. */
export function findPageMentions(matcher: CompiledMatcher, texts: readonly string[], options: MatchOptions = {}): Mention[][] {
  const page = createPageContext(matcher);
  texts.forEach((t) => page.addBlock(t));
  return page.resolve(options);
}
