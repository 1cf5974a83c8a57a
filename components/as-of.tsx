import { dateWithAge } from '../lib/format-date';
import { isStale, STALE_AFTER_DAYS } from '../lib/status';

/**
 * "latest found as of Dec 11, 2025 (11 months ago)", with what the data says is unsure about the date or
 * the status, and a warning when it is older than the staleness limit.
 */
export function AsOf({ date, now, note, uncertain }: { date: string; now: Date; note?: string; uncertain?: boolean }) {
  const stale = isStale(date, now);
  return (
    <span className="cl-asof">
      {uncertain && <span className="cl-uncertain">Status unconfirmed · </span>}
      <span className="cl-muted">latest found as of {dateWithAge(date, now)}</span>
      {note && <span className="cl-muted cl-asof-note"> ({note})</span>}
      {stale && (
        <span className="cl-warning" role="note">
          {' '}
          This status is more than {STALE_AFTER_DAYS} days old and may have changed.
        </span>
      )}
    </span>
  );
}
