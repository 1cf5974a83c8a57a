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
 * The settings, with the token from `secrets` (or, as stored by an earlier version, from its own key
 * in `area` or from inside the settings). Without `secrets` (the popup, which needs no token), only
 * what `area` holds. Nothing stored, or a malformed value, reads as the defaults (field by field); a
 * failing read throws SettingsReadError rather than pass defaults off as the user's settings.
 */
export async function loadSettings(area: Pick<KeyValueArea, 'get'>, secrets?: Pick<KeyValueArea, 'get'>): Promise<Settings> {
  let stored: unknown;
  let token: unknown;
  try {
    stored = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
    const secret = secrets ? (await secrets.get(TOKEN_KEY))[TOKEN_KEY] : undefined;
    token = typeof secret === 'string' ? secret : (await area.get(TOKEN_KEY))[TOKEN_KEY];
  } catch (err) {
    throw new SettingsReadError(err);
  }
  const settings = readSettings(stored ?? DEFAULT_SETTINGS);
  if (typeof token !== 'string') return settings;
  return readSettings({ ...settings, updates: { ...settings.updates, courtListenerToken: token } });
}

/**
 * Writes the settings to `area` (never with the token in them) and, given `secrets`, the token there.
 * A changed token is written first and put back if the settings can't be written (so both land or
 * neither); `TOKEN_CHANGED_KEY` tells the background. Without `secrets` the token is left as it is.
 */
export function updateSettings(area: KeyValueArea, change: (s: Settings) => Settings, secrets?: KeyValueArea): Promise<WriteResult> {
  // One change at a time per area: two quick changes (a switch, then a radio button) would otherwise both
  // read the same settings, and the second write would undo the first.
  const next = queue.then(() => applyChange(area, change, secrets));
  queue = next.catch(() => undefined);
  return next;
}

/** The last queued change (module state of the page or worker that writes). */
let queue: Promise<unknown> = Promise.resolve();

async function applyChange(area: KeyValueArea, change: (s: Settings) => Settings, secrets?: KeyValueArea): Promise<WriteResult> {
  let before: Settings;
  try {
    before = await loadSettings(area, secrets);
  } catch (err) {
    // When the settings can't be read, nothing is written (a change to defaults would replace the user's).
    return { ok: false, message: `${err instanceof Error ? err.message : String(err)} Nothing was changed.` };
  }
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
