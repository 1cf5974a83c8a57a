/**
 * Reading and writing settings through any key-value area with the shape of `storage.local`
 * (injected, so this stays pure and tests pass a fake). Writes report failures (e.g. a quota error)
 * instead of throwing, and never leave half-written settings.
 */
import { DEFAULT_SETTINGS, readSettings, settingsSchema, type Settings } from './settings';
import { siteKey } from './site-rules';
import { isDefaultNewsSite } from './sites';

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

/** The settings, with the token from its own key (or, as stored before it had one, from inside the settings). */
export async function loadSettings(area: KeyValueArea): Promise<Settings> {
  try {
    const settings = readSettings((await area.get(SETTINGS_KEY))[SETTINGS_KEY] ?? DEFAULT_SETTINGS);
    const token = (await area.get(TOKEN_KEY))[TOKEN_KEY];
    if (typeof token !== 'string') return settings;
    return readSettings({ ...settings, updates: { ...settings.updates, courtListenerToken: token } });
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Writes the settings and the token, each under its own key, in one write (so both land or neither). */
export async function updateSettings(area: KeyValueArea, change: (s: Settings) => Settings): Promise<WriteResult> {
  const next = change(await loadSettings(area));
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

/** Pure: the settings with a site switched on or off. Default sites are switched off by exception. */
export function withSite(settings: Settings, hostname: string, on: boolean): Settings {
  const host = siteKey(hostname);
  const without = (list: string[]) => list.filter((s) => s !== host);
  if (isDefaultNewsSite(host)) {
    return { ...settings, disabledSites: on ? without(settings.disabledSites) : [...without(settings.disabledSites), host] };
  }
  return {
    ...settings,
    disabledSites: without(settings.disabledSites),
    enabledSites: on ? [...without(settings.enabledSites), host] : without(settings.enabledSites),
  };
}
