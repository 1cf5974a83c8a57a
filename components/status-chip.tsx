import type { CaseStatus } from '../lib/dataset/schema';
import { statusLabel } from '../lib/status';

/** A case's status as a labelled chip ("Status: Pending"), coloured by status. */
export function StatusChip({ status }: { status: CaseStatus }) {
  return (
    <span className="cl-chip" data-status={status}>
      <span className="cl-visually-hidden">Status: </span>
      {statusLabel(status)}
    </span>
  );
}
