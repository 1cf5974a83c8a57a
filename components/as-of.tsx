import { dateWithAge } from '../lib/format-date';
import { isStale, STALE_AFTER_DAYS } from '../lib/status';

/** "as of Dec 11, 2025 (11 months ago)", with a warning when older than the staleness limit. */
export function AsOf({ date, now, note }: { date: string; now: Date; note?: string }) {
  const stale = isStale(date, now);
  return (
    <span className="cl-asof">
      <span className="cl-muted">as of {dateWithAge(date, now)}</span>
      {note && <span className="cl-muted"> ({note})</span>}
      {stale && (
        <span className="cl-warning" role="note">
          {' '}
          This status is more than {STALE_AFTER_DAYS} days old and may have changed.
        </span>
      )}
    </span>
  );
}
