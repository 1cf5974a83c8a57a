import type { Case, CaseEvent } from '../lib/dataset/schema';
import { formatDate } from '../lib/format-date';
import { AsOf } from './as-of';
import { SourceLinks } from './source-links';
import { StatusChip } from './status-chip';

/** A summary shows a claim's best sources only; the side panel lists them all. */
const MAX_SOURCES = 2;

/** One case at a glance: short name, status chip, plain status line, "as of" date, latest event, each with its sources. */
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
    <article className="cl-card" aria-labelledby={`case-${item.id}`} data-case={item.id}>
      <h3 id={`case-${item.id}`}>{item.shortName}</h3>
      <div className="cl-row">
        <StatusChip status={item.status} /> <AsOf date={item.statusAsOf} now={now} note={item.statusAsOfNote} uncertain={item.statusUncertain} />
      </div>
      <p className="cl-status-line">{item.statusLine}</p>
      <p className="cl-small">
        <SourceLinks sources={item.statusSources} max={MAX_SOURCES} />
      </p>
      {latest && (
        <div className="cl-latest">
          <p>
            <span className="cl-muted">Latest: {formatDate(latest.date)} · </span>
            {latest.text}
            {latest.uncertain && <span className="cl-uncertain"> (unconfirmed)</span>}
          </p>
          <p className="cl-small">
            <SourceLinks sources={latest.sources} max={MAX_SOURCES} />
          </p>
        </div>
      )}
      {onOpen && (
        <button type="button" className="cl-link-button" onClick={() => onOpen(item.id)}>
          Timeline and details
        </button>
      )}
    </article>
  );
}
