/**
 * What the background accepts, per message: who may send it and the exact shape of its data, as one
 * table (MESSAGE_RULES). A content script runs in a page's renderer, which a hostile page may have
 * compromised: it can send any message with any data, but the browser fills in `sender` (tab, frame,
 * URL), so the sender is checked on what the browser says, and the data with zod (unknown fields refused,
 * every count, size and index bounded). The background's one checked `onMessage` applies this table.
 */
import { z } from 'zod';
import { MAX_BATCH_SENTENCES } from './match/batched-tags';
import { MAX_SENTENCE_CHARS } from './match/tagger-options';
import type { ProtocolMap } from './protocol';

/**
 * Who may send a message: the extension's own pages (popup, side panel, options), a content script, or
 * the background itself (to the offscreen document, which runs the tagger in Chrome).
 */
export type SenderKind = 'extension-page' | 'content-script' | 'background';

/** The background's script in the build (WXT's output name), which the browser gives as the sender's URL. */
export const BACKGROUND_FILE = 'background.js';

/** The part of `runtime.MessageSender` we judge (filled in by the browser, not the sender). */
export interface SenderFacts {
  url?: string;
  tab?: { id?: number };
  frameId?: number;
  documentId?: string;
  documentLifecycle?: string;
}

/** Distinct ids a page's mention counts may name (the dataset has a few hundred). */
export const MAX_COUNT_IDS = 2_000;
/** One mention count (a page naming someone more often than this is not a page). */
export const MAX_MENTIONS = 1_000_000;
/** Longest id (the dataset's ids are kebab-case, a few dozen characters). */
export const MAX_ID_LENGTH = 128;
/** Longest page URL a report may carry (Chrome's own URL limit, 2 MiB); what is stored is cut much shorter. */
export const MAX_REPORT_URL = 2 * 1024 * 1024;
/** Longest scan pass id (the content script sends about 20 characters). */
export const MAX_PASS_ID = 64;
/** Blocks in one scan pass (a 1,000,000-word page has about 20,000). */
export const MAX_PASS_BLOCKS = 200_000;
/** Blocks in one matchBlocks message (the content script sends about 64 KB of text per message). */
export const MAX_TEXTS_PER_MESSAGE = 32_768;
/** Characters of one block's text. */
export const MAX_BLOCK_CHARS = 1_000_000;
/** Characters of all of one message's texts (64 KB plus one long last block). */
export const MAX_MESSAGE_CHARS = 2_000_000;
/** Blocks resolved by one message (the content script asks for 1,000 at a time). */
export const MAX_RESOLVE_BLOCKS = 4_096;

const idSchema = z
  .string()
  .min(1)
  .max(MAX_ID_LENGTH)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const countsSchema = z
  .record(idSchema, z.int().min(1).max(MAX_MENTIONS))
  .refine((counts) => Object.keys(counts).length <= MAX_COUNT_IDS, `at most ${MAX_COUNT_IDS} ids`);
const blockIndex = z.int().min(0).max(MAX_PASS_BLOCKS);

const reportSchema = z.strictObject({ url: z.string().max(MAX_REPORT_URL), counts: countsSchema });
const matchBlocksSchema = z
  .strictObject({
    pass: z.string().min(1).max(MAX_PASS_ID),
    first: blockIndex,
    texts: z.array(z.string().max(MAX_BLOCK_CHARS)).max(MAX_TEXTS_PER_MESSAGE),
    resolve: z
      .tuple([blockIndex, blockIndex])
      .refine(([from, to]) => from <= to && to - from <= MAX_RESOLVE_BLOCKS, `resolve: from <= to, at most ${MAX_RESOLVE_BLOCKS} blocks`)
      .optional(),
  })
  .refine((m) => m.first + m.texts.length <= MAX_PASS_BLOCKS, `at most ${MAX_PASS_BLOCKS} blocks per pass`)
  .refine((m) => m.texts.reduce((sum, t) => sum + t.length, 0) <= MAX_MESSAGE_CHARS, `at most ${MAX_MESSAGE_CHARS} characters per message`);
const panelTargetSchema = z.strictObject({ caseId: idSchema.optional(), entityId: idSchema.optional() });
const cardSchema = z.strictObject({ entityId: idSchema, counts: countsSchema });
const tagSentencesSchema = z.strictObject({ sentences: z.array(z.string().max(MAX_SENTENCE_CHARS)).max(MAX_BATCH_SENTENCES) });
const tabIdSchema = z.int().min(0).max(Number.MAX_SAFE_INTEGER);
const noData = z.undefined();

/** The messages the background listens for (and `tagSentences`, which Chrome's offscreen document listens for). */
export type BackgroundMessage = 'reportResults' | 'matchBlocks' | 'getTabResults' | 'openSidePanel' | 'getCard' | 'loadCardRender' | 'checkUpdatesNow' | 'tagSentences';

export interface MessageRule {
  from: SenderKind;
  data: z.ZodType;
}

/** Each background message: who may send it and the shape of its data. */
export const MESSAGE_RULES: { readonly [K in BackgroundMessage]: MessageRule } = {
  reportResults: { from: 'content-script', data: reportSchema },
  matchBlocks: { from: 'content-script', data: matchBlocksSchema },
  getCard: { from: 'content-script', data: cardSchema },
  loadCardRender: { from: 'content-script', data: noData },
  // The hover card's "Open case timeline" (the popup opens the panel itself, within its own click).
  openSidePanel: { from: 'content-script', data: panelTargetSchema },
  // The popup and the side panel: a tab's results are the reader's browsing history.
  getTabResults: { from: 'extension-page', data: tabIdSchema },
  // The options page's "Check now".
  checkUpdatesNow: { from: 'extension-page', data: noData },
  // The background's matcher asks the offscreen document's tagger (Chrome): sentences, bounded.
  tagSentences: { from: 'background', data: tagSentencesSchema },
};

/** Why a sender may not send a message of this kind, or null when it may. `extensionBase` is runtime.getURL('/'). */
export function senderProblem(kind: SenderKind, sender: SenderFacts, extensionBase: string): string | null {
  const fromExtension = typeof sender.url === 'string' && extensionBase.endsWith('/') && sender.url.startsWith(extensionBase);
  if (kind === 'background') return fromExtension && sender.url === extensionBase + BACKGROUND_FILE && sender.tab === undefined ? null : 'only the background may send this';
  if (kind === 'extension-page') return fromExtension ? null : 'only the extension\'s own pages may send this';
  if (fromExtension) return 'only a content script may send this';
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || !Number.isInteger(tabId) || tabId < 0) return 'a content script message needs its tab';
  if (typeof sender.frameId !== 'number' || !Number.isInteger(sender.frameId) || sender.frameId < 0) return 'a content script message needs its frame';
  if (typeof sender.url !== 'string' || !/^https?:\/\//.test(sender.url)) return 'a content script message comes from a web page';
  return null;
}

export type CheckResult<T> = { ok: true; data: T } | { ok: false; reason: string };

/** The verdict on one message: its sender and its data, by MESSAGE_RULES. */
export function checkMessage<K extends BackgroundMessage>(
  type: K,
  data: unknown,
  sender: SenderFacts,
  extensionBase: string,
): CheckResult<Parameters<ProtocolMap[K]>[0]> {
  const rule = MESSAGE_RULES[type];
  const problem = senderProblem(rule.from, sender, extensionBase);
  if (problem) return { ok: false, reason: `${type}: ${problem}` };
  const parsed = rule.data.safeParse(data);
  if (!parsed.success) return { ok: false, reason: `${type}: ${parsed.error.issues[0]?.path.join('.') || 'data'}: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
  return { ok: true, data: parsed.data as Parameters<ProtocolMap[K]>[0] };
}
