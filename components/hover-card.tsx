import { dateWithAge, formatDate } from '../lib/format-date';
import type { CardView } from '../lib/hover/card-view';
import type { PanelTarget } from '../lib/protocol';
import { SourceLinks } from './source-links';
import { StatusChip } from './status-chip';

/** A card shows a claim's best sources only; the side panel lists them all. */
const MAX_SOURCES = 2;

const Unconfirmed = ({ what }: { what: string }) => <span className="cl-uncertain"> ({what} unconfirmed)</span>;

/**
 * The hover card for one marked name: who they are, their role in the case(s) the page is about, and
 * where the main case stands. Every claim shows its own best sources beside it.
 */
export function HoverCard({
  view,
  now,
  onOpenPanel,
}: {
  view: CardView;
  now: Date;
  /** Opens the side panel on a case, or on the list of every case of an entity. */
  onOpenPanel: (target: PanelTarget) => void;
}) {
  const shown = view.case;
  return (
    <section className="cl-hovercard" role="dialog" aria-label={`CaseLens: ${view.name}`} data-entity={view.id}>
      <h2 className="cl-name">
        {view.name}
        {view.nameNote && <span className="cl-uncertain"> ({view.nameNote})</span>}
      </h2>
      <p className="cl-title">{view.title}</p>
      {view.kind !== 'case' && (
        <div className="cl-who">
          <p className="cl-summary">{view.summary}</p>
          <SourceLinks sources={view.sources} max={MAX_SOURCES} />
        </div>
      )}
      {view.roles.map((r) => (
        <div className="cl-role" key={r.caseId} data-case={r.caseId}>
          <p>
            <span className="cl-muted">Role in {r.caseShortName}: </span>
            {r.role}
            {r.uncertain && <Unconfirmed what="role" />}
          </p>
          <SourceLinks sources={r.sources} max={MAX_SOURCES} />
        </div>
      ))}
      {shown && (
        <div className="cl-case" data-case={shown.item.id}>
          <p className="cl-status">
            {view.kind !== 'case' && <span className="cl-case-name">{shown.item.shortName} </span>}
            <StatusChip status={shown.item.status} />
            {shown.item.statusUncertain && <Unconfirmed what="status" />}{' '}
            <span className="cl-muted">latest found as of {dateWithAge(shown.item.statusAsOf, now)}</span>
          </p>
          {shown.item.statusAsOfNote && <p className="cl-muted cl-asof-note">{shown.item.statusAsOfNote}</p>}
          {shown.stale && (
            <p className="cl-warning" role="note">
              This status may be out of date.
            </p>
          )}
          <p className="cl-status-line">{shown.item.statusLine}</p>
          <SourceLinks sources={shown.item.statusSources} max={MAX_SOURCES} />
          {shown.latest && (
            <div className="cl-latest">
              <p>
                <span className="cl-muted">Latest ({formatDate(shown.latest.date)}): </span>
                {shown.latest.text}
                {shown.latest.uncertain && <Unconfirmed what="event" />}
              </p>
              <SourceLinks sources={shown.latest.sources} max={MAX_SOURCES} />
            </div>
          )}
        </div>
      )}
      <div className="cl-actions">
        {shown && (
          <button type="button" className="cl-open" onClick={() => onOpenPanel({ caseId: shown.item.id })}>
            Open case timeline
          </button>
        )}
        {view.otherCases > 0 && (
          <button type="button" className="cl-open" onClick={() => onOpenPanel({ entityId: view.id })}>
            Also in {view.otherCases} other case{view.otherCases === 1 ? '' : 's'}
          </button>
        )}
      </div>
    </section>
  );
}
