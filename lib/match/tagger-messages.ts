/**
 * The messages to and from the tagger worker (entrypoints/tagger-worker.ts), checked on both sides: the
 * worker answers only a well-formed, bounded request, and the background uses only a well-formed answer.
 */
import { z } from 'zod';
import { MAX_BATCH_SENTENCES } from './batched-tags';
import { MAX_SENTENCE_CHARS, type ParsedTerm } from './tagger-options';

/** Terms per sentence and tags per term (compromise gives a few dozen and a few). */
const MAX_TERMS = 1_000;
const MAX_TAGS = 64;

export const tagRequestSchema = z.strictObject({
  id: z.int().min(0).max(Number.MAX_SAFE_INTEGER),
  sentences: z.array(z.string().max(MAX_SENTENCE_CHARS)).max(MAX_BATCH_SENTENCES),
});
export type TagRequest = z.infer<typeof tagRequestSchema>;

const termSchema = z.strictObject({
  text: z.string().max(MAX_SENTENCE_CHARS),
  post: z.string().max(MAX_SENTENCE_CHARS),
  tags: z.array(z.string().max(64)).max(MAX_TAGS),
  start: z.int().min(0).max(MAX_SENTENCE_CHARS),
  length: z.int().min(0).max(MAX_SENTENCE_CHARS),
});

export const tagAnswerSchema = z.union([
  z.strictObject({ id: z.int().min(0), terms: z.array(z.array(termSchema).max(MAX_TERMS)).max(MAX_BATCH_SENTENCES) }),
  z.strictObject({ id: z.int().min(0), error: z.string().max(1_000) }),
]);
export type TagAnswer = { id: number; terms: ParsedTerm[][] } | { id: number; error: string };
