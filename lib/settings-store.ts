/**
 * Reading and writing settings through any key-value area with the shape of `storage.local`
 * (injected, so this stays pure and tests pass a fake). Writes report failures (e.g. a quota error)
 * instead of throwing, and never leave half-written settings.
 */
import { DEFAULT_SETTINGS, readSettings, settingsSchema, type Settings } from './settings';
import { isSiteOn, siteKey } from './site-rules';

/** The stored key: WXT's `local:settings` is `settings` in storage.local. */
export const SETTINGS_KEY = 'settings';
/**
 * The CourtListener token is stored under a key of its own, not inside the settings: the content
 * script reads the settings on every page, and a secret has no business in a page's process.
 */
export const TOKEN_KEY = 'courtlistener:token';

export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export type WriteResult = { ok: true; settings: Settings } | { ok: false; message: string };

/**
 * The storage could not be read (not: nothing or garbage was stored). Nothing may then act on
 * defaults in place of the user's settings, least of all write them back over what is stored.
 */
export class SettingsReadError extends Error {
  constructor(cause: unknown) {
    super(`Could not read your settings (${cause instanceof Error ? cause.message : String(cause)}).`, { cause });
    this.name = 'SettingsReadError';
  }
}

/**
 * The settings, with the token from its own key (or, as stored before it had one, from inside the
 * settings). Nothing stored, or a malformed value, reads as the defaults (field by field); a failing
 * read throws SettingsReadError rather than pass defaults off as the user's settings.
 */
export async function loadSettings(area: KeyValueArea): Promise<Settings> {
  let stored: unknown;
  let token: unknown;
  try {
    stored = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
    token = (await area.get(TOKEN_KEY))[TOKEN_KEY];
  } catch (err) {
    throw new SettingsReadError(err);
  }
  const settings = readSettings(stored ?? DEFAULT_SETTINGS);
  if (typeof token !== 'string') return settings;
  return readSettings({ ...settings, updates: { ...settings.updates, courtListenerToken: token } });
}

/**
 * Writes the settings and the token, each under its own key, in one write (so both land or neither).
 * When the settings can't be read, nothing is written (a change to defaults would replace the user's).
 */
export async function updateSettings(area: KeyValueArea, change: (s: Settings) => Settings): Promise<WriteResult> {
  let current: Settings;
  try {
    current = await loadSettings(area);
  } catch (err) {
    return { ok: false, message: `${err instanceof Error ? err.message : String(err)} Nothing was changed.` };
  }
  const next = change(current);
  // Never write what could not be read back (it would be replaced by a default on the next load).
  const invalid = settingsSchema.safeParse(next).error?.issues[0];
  if (invalid) return { ok: false, message: `Could not save your settings (${invalid.path.join('.')}: ${invalid.message}). Nothing was changed.` };
  const stored: Settings = { ...next, updates: { ...next.updates, courtListenerToken: '' } };
  try {
    await area.set({ [SETTINGS_KEY]: stored, [TOKEN_KEY]: next.updates.courtListenerToken });
    return { ok: true, settings: next };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return { ok: false, message: `Could not save your settings (${reason}). Nothing was changed.` };
  }
}

/**
 * Moves a token stored inside the settings (before it had a key of its own) to its own key; run when
 * the extension is installed or updated. Resolves true when it moved one.
 */
export async function moveTokenOut(area: KeyValueArea): Promise<boolean> {
  const raw = (await area.get(SETTINGS_KEY))[SETTINGS_KEY] as { updates?: { courtListenerToken?: unknown } } | undefined;
  const token = raw?.updates?.courtListenerToken;
  if (typeof token !== 'string' || token === '') return false;
  return (await updateSettings(area, (s) => s)).ok;
}

/** Pure: the settings without any rule of the user's for exactly this host (its parent's rule, or the default, applies). */
export function withoutSite(settings: Settings, hostname: string): Settings {
  const host = siteKey(hostname);
  const without = (list: string[]) => list.filter((s) => s !== host);
  return { ...settings, disabledSites: without(settings.disabledSites), enabledSites: without(settings.enabledSites) };
}

/**
 * Pure: the settings with a site switched on or off, so that `isSiteOn(hostname)` is then `on`: the
 * host's own rule goes, and a rule for it is added only where its parent's rule or the default
 * would say otherwise (switching edition.cnn.com on while cnn.com is off adds edition.cnn.com).
 */
export function withSite(settings: Settings, hostname: string, on: boolean): Settings {
  const host = siteKey(hostname);
  const cleared = withoutSite(settings, host);
  if (isSiteOn(host, cleared) === on) return cleared;
  return on ? { ...cleared, enabledSites: [...cleared.enabledSites, host] } : { ...cleared, disabledSites: [...cleared.disabledSites, host] };
}

/**
 * The site switch (popup, background): switches `hostname` on or off and stores it, so that the
 * switch then shows what CaseLens does there. Refuses, with a reason, a change that would not hold.
 */
export async function switchSite(area: KeyValueArea, hostname: string, on: boolean): Promise<WriteResult> {
  const result = await updateSettings(area, (s) => withSite(s, hostname, on));
  if (result.ok && isSiteOn(hostname, result.settings) !== on) {
    return { ok: false, message: `Could not switch CaseLens ${on ? 'on' : 'off'} for ${hostname}.` };
  }
  return result;
}
