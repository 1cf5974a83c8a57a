import type { Case } from '../lib/dataset/schema';
import { StatusChip } from './status-chip';

/** One case at a glance: short name, court-level chip, plain status line and its "as of" date. */
export function CaseSummary({ item, asOfText }: { item: Case; asOfText: string }) {
  return (
    <article className="cl-card" aria-label={item.shortName}>
      <h3>{item.shortName}</h3>
      <div>
        <StatusChip status={item.status} /> <span className="cl-muted">as of {asOfText}</span>
      </div>
      <p>{item.statusLine}</p>
    </article>
  );
}
