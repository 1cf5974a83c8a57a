/**
 * What the content script tells the background after a pass: how often each id is mentioned on the
 * page (the background adds the cases the page is about, lib/match's casesMentioned).
 */
import type { Mention } from '../../lib/match/types';
import type { PageReport } from '../../lib/protocol';

export function pageReport(mentions: readonly Mention[], url: string): PageReport {
  const counts: Record<string, number> = {};
  for (const m of mentions) counts[m.entityId] = (counts[m.entityId] ?? 0) + 1;
  return { url, counts };
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
