import { plainDate } from '../lib/dataset/date-spec';
import { formatDate } from '../lib/format-date';
import { LEVEL_LABELS, type TimelineEntry } from '../lib/view/timeline';
import { SourceLinks } from './source-links';

/** One timeline across courts, newest first; every event dated and sourced. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  if (entries.length === 0) return <p className="cl-empty">No dated events for this case yet.</p>;
  return (
    <ol className="cl-timeline">
      {entries.map((e) => (
        <li key={e.event.id} className="cl-event" data-level={e.level} data-new={e.isNew || undefined}>
          <div className="cl-event-head">
            <time dateTime={plainDate(e.event.date)}>{formatDate(e.event.date)}</time>
            <span className="cl-level">{LEVEL_LABELS[e.level]}</span>
            {e.isNew && <span className="cl-new">New since you last looked</span>}
            {e.event.uncertain && <span className="cl-uncertain">Unconfirmed</span>}
            {e.courtListener && <span className="cl-from-courtlistener">From CourtListener, not yet reviewed</span>}
          </div>
          <p>{e.event.text}</p>
          {e.event.significance && <p className="cl-muted">Why it matters: {e.event.significance}</p>}
          <p className="cl-small">
            <span className="cl-muted">{e.caseShortName} · {e.courtName} · </span>
            {e.courtListener ? (
              <a href={e.courtListener.docketUrl} target="_blank" rel="noreferrer noopener">
                Docket {e.courtListener.docketNumber}
                {e.courtListener.entryNumber !== null && `, entry ${e.courtListener.entryNumber}`} on CourtListener
              </a>
            ) : (
              <SourceLinks sources={e.event.sources} />
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}
