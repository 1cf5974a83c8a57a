import type { Source } from '../lib/dataset/schema';
import { formatIsoDate } from '../lib/format-date';

/** A compact list of sources: publisher and date, each a link that opens in a new tab. */
export function SourceLinks({ sources, label = 'Sources' }: { sources: Source[]; label?: string }) {
  return (
    <span className="cl-sources">
      <span className="cl-muted">{label}: </span>
      {sources.map((s, i) => (
        <span key={`${s.url}-${i}`}>
          {i > 0 && ', '}
          <a href={s.url} target="_blank" rel="noopener noreferrer" title={s.dateNote ?? s.url}>
            {s.publisher}
          </a>
          <span className="cl-muted">
            {' '}
            ({s.approximate ? '~' : ''}
            {formatIsoDate(s.date)})
          </span>
        </span>
      ))}
    </span>
  );
}
