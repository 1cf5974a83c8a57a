/**
 * Relevance: when is a page about one of the dataset's cases, and which names are worth marking there.
 *
 * A page is about a case when it names
 *   - the case itself (one of its captions or names), or
 *   - a person or organization with a role in it that is specific to the dataset (not `onlyOnCasePages`),
 *     by a name strong enough to count on its own (a full name, a distinctive surname, an abbreviation).
 * Famous names, places and courts are marked on such a page when they take part in any of those cases.
 * What the page is said to be about (the popup's cases, the case a card shows) is narrower: a specific
 * name in several cases counts for those of its cases the page supports most (each case named, and each
 * specific name in it, is one vote), so a judge of two cases, on a page about one of them with its other
 * people, makes the page about that one only.
 * Famous names (people and organizations marked `onlyOnCasePages`), and every place and court, are
 * marked only on a page about one of their cases: "Trump" on a page about the tariffs case, not on a
 * page about a golf tournament. The extension and the scanner CLI apply this one rule.
 */
import type { Target } from './types';

/** May this target, named on its own, make a page about its cases? */
export function activates(t: Target): boolean {
  return t.type === 'case' || ((t.type === 'person' || t.type === 'organization') && !t.caseOnly);
}

/** Is this target marked only on a page about one of its cases? */
export function needsActiveCase(t: Target): boolean {
  return t.type !== 'case' && (t.caseOnly || t.type === 'place' || t.type === 'court');
}

/** Every case a specific name on the page (or the page's own naming of a case) takes part in: where famous names may be marked. */
export function casesSupportedBy(targets: Iterable<Target | undefined>): Set<string> {
  const out = new Set<string>();
  for (const t of targets) if (t && activates(t)) for (const id of t.caseIds) out.add(id);
  return out;
}

/** The cases a page is about, given the targets it names: each specific name's best-supported cases. */
export function casesNamedBy(targets: Iterable<Target | undefined>): Set<string> {
  const voters = [...new Set(targets)].filter((t): t is Target => t !== undefined && activates(t));
  const votes = new Map<string, number>();
  for (const t of voters) for (const id of t.caseIds) votes.set(id, (votes.get(id) ?? 0) + 1);
  const out = new Set<string>();
  for (const t of voters) {
    const best = Math.max(...t.caseIds.map((id) => votes.get(id) ?? 0));
    for (const id of t.caseIds) if (votes.get(id) === best) out.add(id);
  }
  return out;
}

/** True when the target may be marked on a page about `active`. */
export function relevantOn(t: Target, active: ReadonlySet<string>): boolean {
  return !needsActiveCase(t) || t.caseIds.some((id) => active.has(id));
}
