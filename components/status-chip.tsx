import type { CaseStatus } from '../lib/dataset/schema';
import { statusLabel, statusMeaning } from '../lib/status';

/** A case's status as a labelled chip ("Status: Pending"), its meaning as the tooltip. */
export function StatusChip({ status }: { status: CaseStatus }) {
  return (
    <span className="cl-chip" data-status={status} title={statusMeaning(status)}>
      <span className="cl-visually-hidden">Status: </span>
      {statusLabel(status)}
    </span>
  );
}
