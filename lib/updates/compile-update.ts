/**
 * Compiling an update's matcher, as part of accepting it and again before the background uses a stored
 * one: within a time budget, and never throwing. The schema's limits (lib/dataset/schema DATASET_LIMITS)
 * bound the work; the budget catches what they miss, so a dataset that compiles slowly or not at all
 * is refused instead of stalling every scan pass.
 */
import { toMatchIndex } from '../dataset/match-index';
import type { Dataset } from '../dataset/schema';
import { compileMatcher } from '../match/compile';
import type { CompiledMatcher } from '../match/types';

/**
 * A generated dataset of 1,000 cases and 20,000 aliases compiles in well under 200 ms on a slow
 * machine; ten times that is a broken or hostile dataset, and still short of a stalled worker.
 */
export const COMPILE_BUDGET_MS = 2_000;

export type CompileOutcome = { ok: true; matcher: CompiledMatcher; ms: number } | { ok: false; message: string };

export interface CompileOptions {
  budgetMs?: number;
  /** A millisecond clock (injected so a test can make a compile overrun). */
  clock?: () => number;
  /** The compiler (injected so a test can make it fail). */
  compile?: (dataset: Dataset) => CompiledMatcher;
}

const compileDataset = (dataset: Dataset) => compileMatcher(toMatchIndex(dataset));

export function compileWithinBudget(dataset: Dataset, { budgetMs = COMPILE_BUDGET_MS, clock = () => performance.now(), compile = compileDataset }: CompileOptions = {}): CompileOutcome {
  const start = clock();
  let matcher: CompiledMatcher;
  try {
    matcher = compile(dataset);
  } catch (err) {
    return { ok: false, message: `its names could not be compiled (${err instanceof Error ? err.message : String(err)})` };
  }
  const ms = clock() - start;
  if (ms > budgetMs) return { ok: false, message: `compiling its names took ${Math.round(ms)} ms, over the ${budgetMs} ms budget` };
  return { ok: true, matcher, ms };
}
