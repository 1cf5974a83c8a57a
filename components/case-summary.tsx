import type { Case, CaseEvent } from '../lib/dataset/schema';
import { formatDate } from '../lib/format-date';
import { AsOf } from './as-of';
import { StatusChip } from './status-chip';

/** One case at a glance: short name, status chip, plain status line, "as of" date, latest event. */
export function CaseSummary({
  item,
  now,
  latest,
  onOpen,
}: {
  item: Case;
  now: Date;
  latest?: CaseEvent;
  onOpen?: (caseId: string) => void;
}) {
  return (
    <article className="cl-card" aria-labelledby={`case-${item.id}`}>
      <h3 id={`case-${item.id}`}>{item.shortName}</h3>
      <div className="cl-row">
        <StatusChip status={item.status} /> <AsOf date={item.statusAsOf} now={now} note={item.statusAsOfNote} />
      </div>
      <p className="cl-status-line">{item.statusLine}</p>
      {latest && (
        <p className="cl-latest">
          <span className="cl-muted">Latest: {formatDate(latest.date)} · </span>
          {latest.text}
        </p>
      )}
      {onOpen && (
        <button type="button" className="cl-link-button" onClick={() => onOpen(item.id)}>
          Timeline and details
        </button>
      )}
    </article>
  );
}
