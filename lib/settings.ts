/**
 * User settings: a versioned zod schema (the type) stored as one item, `local:settings`.
 * Sites are bare host names ("apnews.com"); a rule covers the host and its subdomains.
 *
 * Versions (each stored shape is readable forever; `readSettings` walks it forward):
 * - 1: `{disabledSites, enabledSites, hoverDelayMs, markMode}`, no `version` field.
 * - 2: adds `version: 2` and `updates` (the opt-in dataset update and CourtListener, both off).
 * - 3: adds `updates.courtListenerSearchEnabled` (the tokenless check for newer filings, off).
 * The content script reads the top-level site, delay and mark fields without zod, so they stay top-level.
 */
import { z } from 'zod';
import { DEFAULT_HOVER_DELAY_MS, MAX_HOVER_DELAY_MS } from './settings-constants';

export { DEFAULT_HOVER_DELAY_MS, MAX_HOVER_DELAY_MS, SETTINGS_STORAGE_KEY } from './settings-constants';
export const SETTINGS_VERSION = 3;

const sitesSchema = z.array(z.string());
const hoverDelaySchema = z.number().int().min(0).max(MAX_HOVER_DELAY_MS);
const markModeSchema = z.enum(['all', 'first']);

/** Version 1, as stored before settings carried a version. */
export const settingsV1Schema = z.object({
  /** Default news sites the user switched off. */
  disabledSites: sitesSchema,
  /** Other sites the user switched on (each with its granted host permission). */
  enabledSites: sitesSchema,
  hoverDelayMs: hoverDelaySchema,
  /** Mark every mention, or only the first of each name on a page. */
  markMode: markModeSchema,
});
export type SettingsV1 = z.infer<typeof settingsV1Schema>;

/** CourtListener API tokens are 40 characters; longer than this is not a token. */
export const MAX_TOKEN_CHARS = 200;

/** Printable ASCII without spaces: what an HTTP header can carry, and all a CourtListener token holds. */
const TOKEN_CHARS = /^[\x21-\x7e]*$/;

/** Why a token (as typed, trimmed) can't be used, in words for the options page; null when it can. */
export function tokenProblem(token: string): string | null {
  if (token.length > MAX_TOKEN_CHARS) {
    return `This token is ${token.length} characters long: CourtListener tokens are 40, and CaseLens accepts at most ${MAX_TOKEN_CHARS}. It is not saved until you fix it.`;
  }
  if (!TOKEN_CHARS.test(token)) return 'This token has spaces or characters no CourtListener token has. It is not saved until you fix it.';
  return null;
}

/** The opt-in network features (version 2). Both are off until the user turns them on. */
export const updateSettingsV2Schema = z.object({
  /** Fetch `datasetUrl` (a dataset JSON) at most every 6 hours. */
  datasetEnabled: z.boolean(),
  /** An https URL, or '' when none is set. */
  datasetUrl: z.union([z.literal(''), z.url({ protocol: /^https$/, error: 'the update URL must be an https URL' })]),
  /** Read the latest docket entries of the bundled cases from CourtListener. */
  courtListenerEnabled: z.boolean(),
  /** The user's own CourtListener API token ('' when none). */
  courtListenerToken: z.string().max(MAX_TOKEN_CHARS),
});

/** Version 3: the tokenless check for newer filings, off until the user turns it on. */
export const updateSettingsSchema = updateSettingsV2Schema.extend({
  /** Ask CourtListener's search API (no token) for the verified dockets' newest filings. */
  courtListenerSearchEnabled: z.boolean(),
});
export type UpdateSettings = z.infer<typeof updateSettingsSchema>;

export const settingsV2Schema = settingsV1Schema.extend({ version: z.literal(2), updates: updateSettingsV2Schema });
export type SettingsV2 = z.infer<typeof settingsV2Schema>;

export const settingsSchema = settingsV1Schema.extend({
  version: z.literal(SETTINGS_VERSION),
  updates: updateSettingsSchema,
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_UPDATE_SETTINGS: UpdateSettings = {
  datasetEnabled: false,
  datasetUrl: '',
  courtListenerEnabled: false,
  courtListenerToken: '',
  courtListenerSearchEnabled: false,
};

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  disabledSites: [],
  enabledSites: [],
  hoverDelayMs: DEFAULT_HOVER_DELAY_MS,
  markMode: 'all',
  updates: DEFAULT_UPDATE_SETTINGS,
};

type Obj = Record<string, unknown>;
const asObject = (v: unknown): Obj => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {});

/** The field if it parses, else the fallback: a malformed field never costs the others. */
function field<T>(schema: z.ZodType<T>, value: unknown, fallback: T): T {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : fallback;
}

/** Version 1 (or an unknown shape read as 1): keeps each field that parses, defaults the rest. */
function readV1(obj: Obj): SettingsV1 {
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return {
    disabledSites: strings(obj.disabledSites),
    enabledSites: strings(obj.enabledSites),
    hoverDelayMs: field(hoverDelaySchema, obj.hoverDelayMs, DEFAULT_HOVER_DELAY_MS),
    markMode: field(markModeSchema, obj.markMode, 'all'),
  };
}

/** 1 → 2: the update settings arrive, all off. */
export function migrateV1ToV2(v1: SettingsV1): SettingsV2 {
  const { courtListenerSearchEnabled: _new, ...v2Updates } = DEFAULT_UPDATE_SETTINGS;
  return { ...v1, version: 2, updates: v2Updates };
}

/** 2 → 3: the tokenless check for newer filings arrives, off; everything else is kept. */
export function migrateV2ToV3(v2: SettingsV2): Settings {
  return { ...v2, version: 3, updates: { ...v2.updates, courtListenerSearchEnabled: false } };
}

function readUpdates(value: unknown): UpdateSettings {
  const obj = asObject(value);
  const d = DEFAULT_UPDATE_SETTINGS;
  return {
    datasetEnabled: field(z.boolean(), obj.datasetEnabled, d.datasetEnabled),
    datasetUrl: field(updateSettingsSchema.shape.datasetUrl, obj.datasetUrl, d.datasetUrl),
    courtListenerEnabled: field(z.boolean(), obj.courtListenerEnabled, d.courtListenerEnabled),
    courtListenerToken: field(updateSettingsSchema.shape.courtListenerToken, obj.courtListenerToken, d.courtListenerToken),
    courtListenerSearchEnabled: field(z.boolean(), obj.courtListenerSearchEnabled, d.courtListenerSearchEnabled),
  };
}

/** The stored version: a value without `version` is version 1. */
export function storedVersion(stored: unknown): number {
  const v = asObject(stored).version;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1;
}

/**
 * Parses stored settings of any version, migrating them forward. Never throws: a malformed field is
 * replaced by its default and the rest is kept. A value from a newer version keeps what this one knows.
 */
export function readSettings(stored: unknown): Settings {
  const exact = settingsSchema.safeParse(stored);
  if (exact.success) return exact.data;
  const obj = asObject(stored);
  const v3 = migrateV2ToV3(migrateV1ToV2(readV1(obj)));
  // From version 2 on, the updates are read field by field (a version 2 value has no search switch: off).
  return storedVersion(stored) >= 2 ? { ...v3, updates: readUpdates(obj.updates) } : v3;
}
