import type { UpdateStatus } from '../lib/updates/status';

const OUTCOME_LABELS: Record<UpdateStatus['outcome'], string> = {
  updated: 'Updated',
  unchanged: 'Up to date',
  rejected: 'Rejected',
  failed: 'Failed',
  skipped: 'Not checked',
};

/** When, in UTC, to the minute: "2026-03-01 12:00 UTC". */
export function formatAt(at: number): string {
  return `${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** The last attempt of an update: what, when, why. Fetched text only ever appears as text. */
export function OptionsStatus({ label, status }: { label: string; status: UpdateStatus | null }) {
  return (
    <p className="cl-small cl-update-status" data-outcome={status?.outcome} role="status">
      <strong>{label}:</strong>{' '}
      {status ? (
        <>
          {OUTCOME_LABELS[status.outcome]} <time dateTime={new Date(status.at).toISOString()}>{formatAt(status.at)}</time>. {status.message}
        </>
      ) : (
        'never checked.'
      )}
    </p>
  );
}
