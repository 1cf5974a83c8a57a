/**
 * Decides whether a fetched dataset update may replace the installed data. Pure: the text, its size
 * and the installed dataset come in; a verdict with a reader-facing reason comes out. Nothing here
 * trusts the text: it must be JSON, pass `validateDataset` (schema, limits and consistency), be built for
 * the bundled data's version and newer (lib/updates/freshness), and its names must compile within budget.
 */
import type { Dataset } from '../dataset/schema';
import { validateDataset } from '../dataset/validate';
import type { CompiledMatcher } from '../match/types';
import { compileWithinBudget, type CompileOptions } from './compile-update';
import { describeStamp, isNewer, usableWithBundled, type DatasetStamp } from './freshness';
import { MAX_UPDATE_BYTES } from './keys';

/**
 * `up-to-date`: the same version and date as the data in use; `not-newer`: older than it; `other-version`:
 * built for another dataset version than this extension's; `uncompilable`: its names could not be
 * compiled within the budget.
 */
export type RejectReason = 'oversized' | 'malformed' | 'invalid' | 'up-to-date' | 'not-newer' | 'other-version' | 'uncompilable';

export type UpdateDecision =
  | { kind: 'accept'; dataset: Dataset; matcher: CompiledMatcher; message: string }
  | { kind: 'reject'; reason: RejectReason; message: string };

/** How many validation problems a message names before "and N more". */
const PROBLEMS_SHOWN = 3;

export interface UpdateInput {
  text: string;
  /** Size in bytes of the body as received. */
  byteLength: number;
  /** The data in use: the stored update, or the bundled data. */
  installed: DatasetStamp;
  /** The data bundled with this release (see `usableWithBundled`). */
  bundled: DatasetStamp;
  /** YYYY-MM-DD: no date in the update may be later. */
  today: string;
  maxBytes?: number;
  compile?: CompileOptions;
}

export function decideUpdate({ text, byteLength, installed, bundled, today, maxBytes = MAX_UPDATE_BYTES, compile }: UpdateInput): UpdateDecision {
  if (byteLength > maxBytes) {
    return { kind: 'reject', reason: 'oversized', message: `The update is ${byteLength} bytes, over the ${maxBytes}-byte limit.` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { kind: 'reject', reason: 'malformed', message: `The update is not valid JSON (${why}).` };
  }
  const result = validateDataset(json, today);
  if (!result.ok) {
    const shown = result.problems.slice(0, PROBLEMS_SHOWN).map((p) => `${p.where}: ${p.message}`);
    const more = result.problems.length - shown.length;
    const list = shown.join('; ') + (more > 0 ? `; and ${more} more` : '');
    return { kind: 'reject', reason: 'invalid', message: `The update does not match the dataset schema (${list}).` };
  }
  const stamp = { version: result.dataset.version, asOf: result.dataset.asOf };
  if (stamp.version !== bundled.version) {
    return {
      kind: 'reject',
      reason: 'other-version',
      message: `The update is built for dataset version ${stamp.version}; this CaseLens release uses version ${bundled.version} (${describeStamp(bundled)}).`,
    };
  }
  if (stamp.version === installed.version && stamp.asOf === installed.asOf) {
    return { kind: 'reject', reason: 'up-to-date', message: `Already up to date (${describeStamp(stamp)}).` };
  }
  if (!isNewer(stamp, installed) || !usableWithBundled(stamp, bundled)) {
    return {
      kind: 'reject',
      reason: 'not-newer',
      message: `The update (${describeStamp(stamp)}) is not newer than the data in use (${describeStamp(installed)}).`,
    };
  }
  const compiled = compileWithinBudget(result.dataset, compile);
  if (!compiled.ok) return { kind: 'reject', reason: 'uncompilable', message: `The update can't be used: ${compiled.message}.` };
  return { kind: 'accept', dataset: result.dataset, matcher: compiled.matcher, message: `Updated to ${describeStamp(stamp)}.` };
}
