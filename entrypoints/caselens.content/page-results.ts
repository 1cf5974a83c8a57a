/**
 * What the content script tells the background after a pass: mentions per id and the cases the page
 * is about (named directly, or through at least two of their people, like lib/match's own rule).
 */
import type { CompiledMatcher, Mention } from '../../lib/match';
import type { PageResults } from '../../lib/protocol';

/** A case is the page's subject when this many of its people are named. */
const PEOPLE_FOR_CASE = 2;

/** `targets`: the compiled matcher's (ids, types and case ids from the match index). */
export function pageResults(mentions: readonly Mention[], targets: CompiledMatcher['targets'], url: string): PageResults {
  const counts: Record<string, number> = {};
  for (const m of mentions) counts[m.entityId] = (counts[m.entityId] ?? 0) + 1;
  const caseIds = new Set<string>();
  const people = new Map<string, number>();
  for (const t of targets) {
    if (!counts[t.id]) continue;
    if (t.type === 'case') caseIds.add(t.id);
    if (t.type === 'person') for (const c of t.caseIds) people.set(c, (people.get(c) ?? 0) + 1);
  }
  for (const [id, n] of people) if (n >= PEOPLE_FOR_CASE) caseIds.add(id);
  return { url, counts, caseIds: [...caseIds], scannedAt: Date.now() };
}

/** Calls `fn` once things settle: at most once per `ms`, with the latest arguments. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): { (...args: A): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const call = (...args: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
  call.cancel = () => clearTimeout(timer);
  return call;
}
