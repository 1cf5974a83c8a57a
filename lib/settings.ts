/**
 * User settings: a zod schema (the type) stored as one item, `local:settings`.
 * Sites are bare host names ("apnews.com"); a rule covers the host and its subdomains.
 */
import { z } from 'zod';

export const SETTINGS_STORAGE_KEY = 'local:settings';
export const SETTINGS_VERSION = 1;

/** About Wikipedia Page Previews' 500 ms: long enough to skip a passing pointer. */
export const DEFAULT_HOVER_DELAY_MS = 500;

export const settingsSchema = z.object({
  /** Default news sites the user switched off. */
  disabledSites: z.array(z.string()),
  /** Other sites the user switched on (each with its granted host permission). */
  enabledSites: z.array(z.string()),
  hoverDelayMs: z.number().int().min(0).max(5000),
  /** Mark every mention, or only the first of each name on a page. */
  markMode: z.enum(['all', 'first']),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  disabledSites: [],
  enabledSites: [],
  hoverDelayMs: DEFAULT_HOVER_DELAY_MS,
  markMode: 'all',
};

/** Parses stored settings; anything unreadable falls back to the defaults (never throws). */
export function readSettings(stored: unknown): Settings {
  const parsed = settingsSchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}
