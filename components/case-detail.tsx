import type { ReactNode } from 'react';
import type { Case } from '../lib/dataset/schema';
import type { CasePerson, TimelineEntry } from '../lib/view/timeline';
import { AsOf } from './as-of';
import { SourceLinks } from './source-links';
import { StatusChip } from './status-chip';
import { Timeline } from './timeline';

export interface CaseDetailProps {
  item: Case;
  courtName: string;
  related: Case[];
  people: CasePerson[];
  timeline: TimelineEntry[];
  /** Shown under the timeline (e.g. why a court's entries can't be read). */
  timelineNote?: ReactNode;
  now: Date;
  onOpenCase: (caseId: string) => void;
}

/** A case in full: caption, court, docket, judges, status, related cases, timeline and people. */
export function CaseDetail({ item, courtName, related, people, timeline, timelineNote, now, onOpenCase }: CaseDetailProps) {
  return (
    <article className="cl-detail" aria-labelledby={`detail-${item.id}`}>
      <h2 id={`detail-${item.id}`} className="cl-caption">
        {item.caption}
      </h2>
      <dl className="cl-facts">
        <dt>Court</dt>
        <dd>{courtName}</dd>
        {item.docket && (
          <>
            <dt>Docket</dt>
            <dd>{item.docket}</dd>
          </>
        )}
        {item.judges.length > 0 && (
          <>
            <dt>{item.judges.length === 1 ? 'Judge' : 'Judges'}</dt>
            <dd>{item.judges.map((j) => `${j.name} (${j.role})`).join('; ')}</dd>
          </>
        )}
      </dl>
      <section className="cl-card" aria-label="Status">
        <div className="cl-row">
          <StatusChip status={item.status} /> <AsOf date={item.statusAsOf} now={now} note={item.statusAsOfNote} uncertain={item.statusUncertain} />
        </div>
        <p className="cl-status-line">{item.statusLine}</p>
        {item.statusWording && <blockquote className="cl-wording">{item.statusWording}</blockquote>}
        <p className="cl-small">
          <SourceLinks sources={item.statusSources} />
        </p>
      </section>
      {related.length > 0 && (
        <section aria-labelledby={`related-${item.id}`}>
          <h3 id={`related-${item.id}`}>Related cases</h3>
          <ul className="cl-inline-list">
            {related.map((r) => (
              <li key={r.id}>
                <button type="button" className="cl-link-button" onClick={() => onOpenCase(r.id)}>
                  {r.shortName}
                </button>{' '}
                <StatusChip status={r.status} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby={`timeline-${item.id}`}>
        <h3 id={`timeline-${item.id}`}>Timeline across courts</h3>
        <Timeline entries={timeline} />
        {timelineNote}
      </section>
      {people.length > 0 && (
        <section aria-labelledby={`people-${item.id}`}>
          <h3 id={`people-${item.id}`}>People in this case</h3>
          <ul className="cl-people">
            {people.map((p) => (
              <li key={`${p.id}-${p.role}`}>
                <strong>{p.name}</strong>
                {p.nameNote && <span className="cl-uncertain"> ({p.nameNote})</span>} <span className="cl-muted">{p.role}</span>
                {p.uncertain && <span className="cl-uncertain"> (unconfirmed)</span>}
                <span className="cl-small"> <SourceLinks sources={p.sources} max={2} /></span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
