/**
 * The settings the content script needs, read without zod (the content script stays small):
 * site rules through lib/site-rules, the dwell time and the mark mode with plain type checks.
 * Constants are repeated from lib/settings.ts, which imports zod.
 */
import { siteRulesFrom, type SiteRules } from '../../lib/site-rules';

export const SETTINGS_ITEM = 'local:settings';
/** Same as lib/settings.ts DEFAULT_HOVER_DELAY_MS (Page Previews' 500 ms). */
const DEFAULT_HOVER_DELAY_MS = 500;
const MAX_HOVER_DELAY_MS = 5000;

export interface LiteSettings {
  rules: SiteRules;
  hoverDelayMs: number;
  markMode: 'all' | 'first';
}

export function readLiteSettings(stored: unknown): LiteSettings {
  const obj = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const delay = obj.hoverDelayMs;
  return {
    rules: siteRulesFrom(stored),
    hoverDelayMs: typeof delay === 'number' && delay >= 0 && delay <= MAX_HOVER_DELAY_MS ? delay : DEFAULT_HOVER_DELAY_MS,
    markMode: obj.markMode === 'first' ? 'first' : 'all',
  };
}
