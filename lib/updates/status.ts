/**
 * The record of the last update attempt, kept in storage and shown on the options page:
 * when it happened, how it ended, and why, in words a reader can act on.
 */
import { z } from 'zod';

export const updateOutcomes = ['updated', 'unchanged', 'rejected', 'failed', 'skipped'] as const;

export const updateStatusSchema = z.object({
  /** Epoch milliseconds. */
  at: z.number(),
  outcome: z.enum(updateOutcomes),
  message: z.string(),
});
export type UpdateStatus = z.infer<typeof updateStatusSchema>;
export type UpdateOutcome = UpdateStatus['outcome'];

/** A stored status, or null when none or it is unreadable. */
export function readStatus(stored: unknown): UpdateStatus | null {
  const parsed = updateStatusSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}
