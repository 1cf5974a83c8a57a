import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Case, Topic } from '../lib/dataset/schema';
import { filterCases } from '../lib/view/case-list';
import { StatusChip } from './status-chip';

/**
 * Every bundled case, grouped by topic, with a search box: type to narrow the list, then Down to reach it;
 * Up and Down move between cases, Home and End jump, Enter or Space opens one.
 */
export function CasePicker({
  topics,
  cases,
  picked,
  onPick,
}: {
  topics: readonly Topic[];
  cases: readonly Case[];
  picked: string | null;
  onPick: (caseId: string) => void;
}) {
  const [query, setQuery] = useState('');
  const groups = useMemo(() => filterCases(topics, cases, query), [topics, cases, query]);
  const listRef = useRef<HTMLDivElement>(null);
  const searchId = useId();
  const count = groups.reduce((n, g) => n + g.cases.length, 0);

  const buttons = () => [...(listRef.current?.querySelectorAll<HTMLButtonElement>('button[data-case]') ?? [])];
  const move = (e: KeyboardEvent, from: HTMLElement | null) => {
    const all = buttons();
    const at = from ? all.indexOf(from as HTMLButtonElement) : -1;
    const to =
      e.key === 'ArrowDown' ? Math.min(at + 1, all.length - 1) : e.key === 'ArrowUp' ? at - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? all.length - 1 : null;
    if (to === null) return;
    e.preventDefault();
    if (to < 0) document.getElementById(searchId)?.focus();
    else all[to]?.focus();
  };

  return (
    <div className="cl-picker">
      <label htmlFor={searchId}>Find a case</label>
      <input
        id={searchId}
        type="search"
        value={query}
        placeholder="Name, caption or topic"
        aria-describedby={`${searchId}-count`}
        onChange={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'ArrowDown' && move(e, null)}
      />
      <p id={`${searchId}-count`} className="cl-muted cl-small" aria-live="polite">
        {count === 0 ? 'No case matches.' : `${count} case${count === 1 ? '' : 's'}`}
      </p>
      <div ref={listRef} className="cl-picker-list" onKeyDown={(e) => move(e, e.target as HTMLElement)}>
        {groups.map((g) => (
          <section key={g.topic.id} aria-labelledby={`${searchId}-${g.topic.id}`}>
            <h3 id={`${searchId}-${g.topic.id}`}>{g.topic.label}</h3>
            <ul className="cl-case-list">
              {g.cases.map((c) => (
                <li key={c.id}>
                  <button type="button" data-case={c.id} aria-current={c.id === picked ? 'true' : undefined} onClick={() => onPick(c.id)}>
                    <span className="cl-case-list-name">{c.shortName}</span> <StatusChip status={c.status} />
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
