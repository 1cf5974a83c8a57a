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
 * The CourtListener token's key in the secrets area: the extension origin's IndexedDB
 * (lib/platform/idb-area), which a content script (running in the page's origin) can't open, unlike
 * storage.local. Before, it was kept under this key in storage.local (and before that inside the
 * settings): `moveTokenOut` moves it.
 */
export const TOKEN_KEY = 'courtlistener:token';
/** In storage.local: when the token last changed (no secret; it lets the background react to a new token). */
export const TOKEN_CHANGED_KEY = 'courtlistener:token-changed';

export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove?(keys: string[]): Promise<void>;
}

export type WriteResult = { ok: true; settings: Settings } | { ok: false; message: string };

/**
 * The settings, with the token from `secrets` (or, as stored by an earlier version, from its own key
 * in `area` or from inside the settings). Without `secrets` (the popup, which needs no token), only
 * what `area` holds.
 */
export async function loadSettings(area: Pick<KeyValueArea, 'get'>, secrets?: Pick<KeyValueArea, 'get'>): Promise<Settings> {
  try {
    const settings = readSettings((await area.get(SETTINGS_KEY))[SETTINGS_KEY] ?? DEFAULT_SETTINGS);
    const secret = secrets ? (await secrets.get(TOKEN_KEY))[TOKEN_KEY] : undefined;
    const token = typeof secret === 'string' ? secret : (await area.get(TOKEN_KEY))[TOKEN_KEY];
    if (typeof token !== 'string') return settings;
    return readSettings({ ...settings, updates: { ...settings.updates, courtListenerToken: token } });
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/**
 * Writes the settings to `area` (never with the token in them) and, given `secrets`, the token there.
 * A changed token is written first and put back if the settings can't be written (so both land or
 * neither); `TOKEN_CHANGED_KEY` tells the background. Without `secrets` the token is left as it is.
 */
export async function updateSettings(area: KeyValueArea, change: (s: Settings) => Settings, secrets?: KeyValueArea): Promise<WriteResult> {
  const before = await loadSettings(area, secrets);
  const next = change(before);
  // Never write what could not be read back (it would be replaced by a default on the next load).
  const invalid = settingsSchema.safeParse(next).error?.issues[0];
  if (invalid) return { ok: false, message: `Could not save your settings (${invalid.path.join('.')}: ${invalid.message}). Nothing was changed.` };
  const stored: Settings = { ...next, updates: { ...next.updates, courtListenerToken: '' } };
  const token = next.updates.courtListenerToken;
  const tokenChanged = secrets !== undefined && token !== before.updates.courtListenerToken;
  try {
    if (tokenChanged) await secrets.set({ [TOKEN_KEY]: token });
    try {
      await area.set({ [SETTINGS_KEY]: stored, ...(tokenChanged ? { [TOKEN_CHANGED_KEY]: Date.now() } : {}) });
    } catch (err) {
      if (tokenChanged) await secrets.set({ [TOKEN_KEY]: before.updates.courtListenerToken }).catch(() => undefined);
      throw err;
    }
    return { ok: true, settings: next };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return { ok: false, message: `Could not save your settings (${reason}). Nothing was changed.` };
  }
}

/**
 * Moves a token an earlier version kept in `area` (storage.local: under its own key, or inside the
 * settings) to `secrets`, and erases it from `area`; run when the extension is installed, updated or
 * started. Resolves true when it moved one.
 */
export async function moveTokenOut(area: KeyValueArea, secrets: KeyValueArea): Promise<boolean> {
  const raw = (await area.get(SETTINGS_KEY))[SETTINGS_KEY] as { updates?: { courtListenerToken?: unknown } } | undefined;
  const inSettings = raw?.updates?.courtListenerToken;
  const ownKey = (await area.get(TOKEN_KEY))[TOKEN_KEY];
  const legacy = typeof ownKey === 'string' && ownKey !== '' ? ownKey : typeof inSettings === 'string' ? inSettings : '';
  if (legacy === '' && ownKey === undefined && (inSettings === undefined || inSettings === '')) return false;
  const kept = (await secrets.get(TOKEN_KEY))[TOKEN_KEY];
  // A token already in `secrets` is the newer one (written by this version).
  if (legacy !== '' && typeof kept !== 'string') await secrets.set({ [TOKEN_KEY]: legacy });
  if (typeof inSettings === 'string' && inSettings !== '') {
    const settings = await loadSettings(area, secrets);
    await area.set({ [SETTINGS_KEY]: { ...settings, updates: { ...settings.updates, courtListenerToken: '' } } });
  }
  if (ownKey !== undefined) await area.remove?.([TOKEN_KEY]);
  return legacy !== '';
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
