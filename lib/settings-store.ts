/**
 * Reading and writing settings through any key-value area with the shape of `storage.local`
 * (injected, so this stays pure and tests pass a fake). Writes report failures (e.g. a quota error)
 * instead of throwing, and never leave half-written settings.
 */
import { DEFAULT_SETTINGS, readSettings, type Settings } from './settings';
import { siteKey } from './site-rules';
import { isDefaultNewsSite } from './sites';

/** The stored key: WXT's `local:settings` is `settings` in storage.local. */
export const SETTINGS_KEY = 'settings';

export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export type WriteResult = { ok: true; settings: Settings } | { ok: false; message: string };

export async function loadSettings(area: KeyValueArea): Promise<Settings> {
  try {
    return readSettings((await area.get(SETTINGS_KEY))[SETTINGS_KEY] ?? DEFAULT_SETTINGS);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export async function updateSettings(area: KeyValueArea, change: (s: Settings) => Settings): Promise<WriteResult> {
  const next = change(await loadSettings(area));
  try {
    await area.set({ [SETTINGS_KEY]: next });
    return { ok: true, settings: next };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return { ok: false, message: `Could not save your settings (${reason}). Nothing was changed.` };
  }
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
