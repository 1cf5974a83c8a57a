import type { Source } from '../lib/dataset/schema';
import { formatDate } from '../lib/format-date';
import { onlyWeak, rankSources, sourceLabel, TIER_LABELS, WEAK_ONLY_NOTE } from '../lib/view/sources';

/**
 * A claim's sources, best first: outlet (and the site read, for a reprint) and date, each a link that
 * opens in a new tab; at most `max` of them, and a note when only low-quality sources support the claim.
 */
export function SourceLinks({ sources, label = 'Sources', max }: { sources: readonly Source[]; label?: string; max?: number }) {
  const ranked = rankSources(sources);
  const shown = max === undefined ? ranked : ranked.slice(0, max);
  return (
    <span className="cl-sources">
      <span className="cl-muted">{label}: </span>
      {shown.map((s, i) => (
        <span key={`${s.url}-${i}`} data-tier={s.tier}>
          {i > 0 && ', '}
          <a href={s.url} target="_blank" rel="noopener noreferrer" title={`${TIER_LABELS[s.tier]}${s.dateNote ? `; ${s.dateNote}` : ''}`}>
            {sourceLabel(s)}
          </a>
          <span className="cl-muted"> ({formatDate(s.date)})</span>
        </span>
      ))}
      {ranked.length > shown.length && <span className="cl-muted"> and {ranked.length - shown.length} more</span>}
      {onlyWeak(sources) && (
        <span className="cl-weak" role="note">
          {' '}
          · {WEAK_ONLY_NOTE}
        </span>
      )}
    </span>
  );
}
