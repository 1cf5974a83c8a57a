import type { Source } from '../lib/dataset/schema';
import { dateWithAge, formatDate } from '../lib/format-date';
import type { CardView } from '../lib/hover/card-view';
import { StatusChip } from './status-chip';

/** Sources beyond this many are left to the side panel. */
const MAX_SOURCES = 3;

function Sources({ sources }: { sources: readonly Source[] }) {
  return (
    <p className="cl-sources">
      <span className="cl-muted">Sources: </span>
      {sources.slice(0, MAX_SOURCES).map((s, i) => (
        <span key={`${s.url}-${i}`}>
          {i > 0 && ', '}
          <a href={s.url} target="_blank" rel="noopener noreferrer">
            {s.publisher}
          </a>
        </span>
      ))}
    </p>
  );
}

/** The hover card for one marked name: who they are, their role, and where the case stands. */
export function HoverCard({ view, now, onOpenTimeline }: { view: CardView; now: Date; onOpenTimeline: (caseId: string) => void }) {
  const shown = view.case;
  return (
    <section className="cl-hovercard" role="dialog" aria-label={`CaseLens: ${view.name}`} data-entity={view.id}>
      <h2 className="cl-name">{view.name}</h2>
      <p className="cl-title">{view.title}</p>
      {view.kind !== 'case' && <p className="cl-summary">{view.summary}</p>}
      {shown && (
        <div className="cl-case" data-case={shown.item.id}>
          {view.role && (
            <p className="cl-role">
              <span className="cl-muted">Role in {shown.item.shortName}: </span>
              {view.role}
            </p>
          )}
          <p className="cl-status">
            {view.kind !== 'case' && <span className="cl-case-name">{shown.item.shortName} </span>}
            <StatusChip status={shown.item.status} />{' '}
            <span className="cl-muted">as of {dateWithAge(shown.item.statusAsOf, now)}</span>
          </p>
          {shown.stale && (
            <p className="cl-warning" role="note">
              This status may be out of date.
            </p>
          )}
          <p className="cl-status-line">{shown.item.statusLine}</p>
          {shown.latest && (
            <p className="cl-latest">
              <span className="cl-muted">Latest ({formatDate(shown.latest.date)}): </span>
              {shown.latest.text}
            </p>
          )}
        </div>
      )}
      <Sources sources={view.sources} />
      {shown && (
        <button type="button" className="cl-open" onClick={() => onOpenTimeline(shown.item.id)}>
          Open case timeline
        </button>
      )}
    </section>
  );
}
