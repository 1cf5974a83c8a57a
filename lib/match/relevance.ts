/**
 * Relevance: when is a page about one of the dataset's cases, and which names are worth marking there.
 *
 * A page is about a case when it names
 *   - the case itself (one of its captions or names), or
 *   - a person or organization with a role in it that is specific to the dataset (not `onlyOnCasePages`),
 *     by a name strong enough to count on its own (a full name, a distinctive surname, an abbreviation).
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

/** The cases a page is about, given the targets it names (strongly). */
export function casesNamedBy(targets: Iterable<Target | undefined>): Set<string> {
  const out = new Set<string>();
  for (const t of targets) if (t && activates(t)) for (const id of t.caseIds) out.add(id);
  return out;
}

/** True when the target may be marked on a page about `active`. */
export function relevantOn(t: Target, active: ReadonlySet<string>): boolean {
  return !needsActiveCase(t) || t.caseIds.some((id) => active.has(id));
}
