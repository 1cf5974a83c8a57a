/**
 * Settings constants without zod, shared by lib/settings.ts (the schema) and the content script
 * (which reads the stored object with plain checks to stay small).
 */

/** WXT's name of the stored item (`settings` in storage.local). */
export const SETTINGS_STORAGE_KEY = 'local:settings';

/** About Wikipedia Page Previews' 500 ms: long enough to skip a passing pointer. */
export const DEFAULT_HOVER_DELAY_MS = 500;
/** Longer than any reader would wait for a card. */
export const MAX_HOVER_DELAY_MS = 5000;
