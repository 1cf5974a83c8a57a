/**
 * The settings the content script needs, read without zod (the content script stays small):
 * site rules through lib/site-rules, the dwell time and the mark mode with plain type checks.
 */
import { DEFAULT_HOVER_DELAY_MS, MAX_HOVER_DELAY_MS, SETTINGS_STORAGE_KEY } from '../../lib/settings-constants';
import { siteRulesFrom, type SiteRules } from '../../lib/site-rules';

export const SETTINGS_ITEM = SETTINGS_STORAGE_KEY;

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
