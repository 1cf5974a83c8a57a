/**
 * What a page as a whole says, gathered block by block in pass 1: which targets it names unmistakably,
 * which surnames it gives to other people ("Sylvia Garcia"), which abbreviations it uses for something else.
 */
import { tokenOf, withTokenCache } from './block-tokens';
import type { Candidate, ScannedBlock } from './candidates';
import { inAllCaps, localVerdict } from './rules';
import type { CompiledAlias, CompiledMatcher, DisambiguationQuery, Disambiguator } from './types';

/** Where on the page: the block's index (in addBlock order) and the offset in it. */
export interface PagePosition {
  block: number;
  offset: number;
}

export const isBefore = (a: PagePosition, b: PagePosition) => a.block < b.block || (a.block === b.block && a.offset < b.offset);

/** The last of `positions` before `at`, if any. */
export function lastBefore(positions: readonly PagePosition[] | undefined, at: PagePosition): PagePosition | undefined {
  let best: PagePosition | undefined;
  for (const p of positions ?? []) if (isBefore(p, at) && (!best || isBefore(best, p))) best = p;
  return best;
}

export interface PageEvidence {
  /** Targets named by a strong alias somewhere on the page. */
  strong: Set<number>;
  /** For each of those, the keys of the aliases that named it. */
  strongKeys: Map<number, Set<string>>;
  /** Folded keys of aliases the page also uses as someone else's name ("Sylvia Garcia"). */
  conflicts: Set<string>;
  /** Keys that may be someone else's name, if the word before is a first name: a tagger may settle it. */
  possibleConflicts: Map<string, DisambiguationQuery[]>;
  /** Abbreviations (as written) the page uses for something else. */
  otherAbbreviations: Set<string>;
  /** Aliases (as written) whose conflict cues appear on the page ("India" for "Supreme Court"). */
  cuedAliases: Set<string>;
  /** Where each target is named by a strong alias: a tagger weighs it against another bearer's name. */
  namedAt: Map<number, PagePosition[]>;
  /** Where each conflicting key is (or may be) part of someone else's name ("Tim Cook"). */
  bearersAt: Map<string, PagePosition[]>;
}

export const emptyEvidence = (): PageEvidence => ({
  strong: new Set(),
  strongKeys: new Map(),
  conflicts: new Set(),
  possibleConflicts: new Map(),
  otherAbbreviations: new Set(),
  cuedAliases: new Set(),
  namedAt: new Map(),
  bearersAt: new Map(),
});

function push<K>(map: Map<K, PagePosition[]>, key: K, at: PagePosition): void {
  const list = map.get(key);
  if (list) list.push(at);
  else map.set(key, [at]);
}

/** The candidate's folded tokens joined by spaces (computed once, kept on the candidate). */
export function candidateKey(block: ScannedBlock, c: Candidate): string {
  if (c.key !== undefined) return c.key;
  const words: string[] = [];
  for (let i = c.first; i <= c.last; i++) words.push(tokenOf(block, i)?.folded ?? '');
  return (c.key = words.join(' '));
}

/** Strong: enough on its own. Weak: counts only when the page otherwise names the target. */
export function isStrong(alias: CompiledAlias, block: ScannedBlock, c: Candidate): boolean {
  if (alias.ambiguous) return false;
  if (alias.kind === 'abbreviation') return !inAllCaps(block, c.first);
  return alias.kind !== 'contextual' || alias.titleLength > 0;
}

/** Adds one scanned block's evidence to the page's. */
export function gatherEvidence(matcher: CompiledMatcher, scanned: ScannedBlock, into: PageEvidence, blockIndex = 0): void {
  const block = withTokenCache(scanned);
  for (const c of block.candidates) {
    const at: PagePosition = { block: blockIndex, offset: tokenOf(block, c.first)?.start ?? 0 };
    for (const alias of c.aliases) {
      const target = matcher.targets[alias.target];
      if (!target) continue;
      const v = localVerdict(block, c, alias, target);
      if (v.verdict === 'ok' && isStrong(alias, block, c)) {
        into.strong.add(alias.target);
        const keys = into.strongKeys.get(alias.target) ?? new Set<string>();
        into.strongKeys.set(alias.target, keys.add(candidateKey(block, c)));
        push(into.namedAt, alias.target, at);
      }
      if (v.verdict === 'reject' && (v.rule === 'first-name' || v.rule === 'org-prefix')) into.conflicts.add(candidateKey(block, c));
      if (v.verdict === 'reject' && v.rule === 'first-name') push(into.bearersAt, candidateKey(block, c), at);
      if (v.verdict === 'unsure') {
        const key = candidateKey(block, c);
        push(into.bearersAt, key, at);
        const queries = into.possibleConflicts.get(key) ?? [];
        queries.push({ text: block.text, start: v.word.start, end: v.word.end, question: 'is-first-name' });
        into.possibleConflicts.set(key, queries);
      }
      if (v.verdict === 'reject' && v.rule === 'redefined') into.otherAbbreviations.add(alias.raw.join(' '));
    }
  }
}

/** The page's conflicts once the possible ones are settled: without a tagger, every possible one counts. */
export function settledConflicts(evidence: PageEvidence, disambiguate: Disambiguator | undefined): Set<string> {
  const out = new Set(evidence.conflicts);
  for (const [key, queries] of evidence.possibleConflicts) {
    if (!disambiguate || queries.some((q) => disambiguate(q) !== false)) out.add(key);
  }
  return out;
}
