/**
 * Background side of the opt-in updates: alarms that run the dataset check (at most every 6 hours)
 * and CourtListener steps (one request per minute at most, fewer under its rate limits), both off
 * unless the user switched them on and granted the host permission. Registered by `setupUpdates()`.
 */
import type { ExtensionMessenger } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import rawDataset from 'virtual:caselens-dataset';
import type { ProtocolMap } from '../../lib/protocol';
import type { Settings } from '../../lib/settings';
import { idbArea } from '../../lib/platform/idb-area';
import { loadSettings as loadFrom, moveTokenOut, SETTINGS_KEY, TOKEN_CHANGED_KEY } from '../../lib/settings-store';
import { COURTLISTENER_ORIGIN } from '../../lib/updates/courtlistener/responses';
import { anyCourtListenerOn, courtListenerKeysToRemove, tokenPathRuns } from '../../lib/updates/courtlistener/switches';
import { staleDatasetKeys } from '../../lib/updates/dataset-switch';
import { CL_SEARCH_STATUS_KEY, CL_STATUS_KEY, DATASET_CHECK_INTERVAL_MS, DATASET_STATUS_KEY, DATASET_UPDATE_SOURCE_KEY } from '../../lib/updates/keys';
import { originPattern } from '../../lib/updates/origins';
import { readStatus, type UpdateStatus } from '../../lib/updates/status';
import { courtListenerStep } from './updates-courtlistener';
import { courtListenerSearchStep } from './updates-courtlistener-search';
import { activeDataset } from './card-data';
import { checkDatasetUpdate } from './updates-dataset';
import { permissionGuardedFetch } from './updates-fetch';

const DATASET_ALARM = 'caselens-dataset-update';
const COURTLISTENER_ALARM = 'caselens-courtlistener';
const DATASET_PERIOD_MINUTES = DATASET_CHECK_INTERVAL_MS / 60_000;
/** Chrome's shortest alarm period; the rate limiter spaces requests further when needed. */
const COURTLISTENER_PERIOD_MINUTES = 1;

const area = browser.storage.local;
/** The CourtListener token lives here, out of content scripts' reach (lib/platform/idb-area). */
const secrets = idbArea(indexedDB);
const loadSettings = (from: typeof area) => loadFrom(from, secrets);
async function granted(url: string): Promise<boolean> {
  const pattern = originPattern(url);
  return pattern !== null && (await browser.permissions.contains({ origins: [pattern] }).catch(() => false));
}
/** Every request checks the host permission first: settings in storage.local could have been planted by a page's renderer. */
const boundFetch = permissionGuardedFetch((input: string, init?: RequestInit) => fetch(input, init), granted);

async function readStoredStatus(key: string): Promise<UpdateStatus | null> {
  return readStatus((await area.get(key))[key]);
}

async function recordSkip(key: string, message: string): Promise<UpdateStatus> {
  const status: UpdateStatus = { at: Date.now(), outcome: 'skipped', message };
  await area.set({ [key]: status }).catch(() => undefined);
  return status;
}

async function runDatasetCheck(settings: Settings, force: boolean): Promise<UpdateStatus | null> {
  const { datasetEnabled, datasetUrl } = settings.updates;
  if (!datasetEnabled || !datasetUrl) return null;
  const last = await readStoredStatus(DATASET_STATUS_KEY);
  if (!force && last && last.outcome !== 'skipped' && Date.now() - last.at < DATASET_CHECK_INTERVAL_MS) return last;
  if (!(await granted(datasetUrl))) return recordSkip(DATASET_STATUS_KEY, `Not checked: permission to reach ${new URL(datasetUrl).origin} was not granted.`);
  const status = await checkDatasetUpdate({ fetch: boundFetch, area, url: datasetUrl, bundled: rawDataset, now: Date.now() });
  // Switched off or pointed elsewhere while the request was on its way: what it stored goes too.
  await forgetStaleDataset(await loadSettings(area));
  return status;
}

/** A stored dataset update outlives neither its switch nor its URL (lib/updates/dataset-switch). */
async function forgetStaleDataset(settings: Settings): Promise<void> {
  const stale = staleDatasetKeys(settings.updates, (await area.get(DATASET_UPDATE_SOURCE_KEY))[DATASET_UPDATE_SOURCE_KEY]);
  const present = Object.keys(await area.get(stale));
  if (present.length > 0) await area.remove(present);
}

/** One step of each CourtListener path that is on (each makes at most one request, under its own limits). */
async function runCourtListenerSteps(settings: Settings): Promise<{ courtListener: UpdateStatus | null; courtListenerSearch: UpdateStatus | null }> {
  const u = settings.updates;
  if (!anyCourtListenerOn(u)) return { courtListener: null, courtListenerSearch: null };
  const ok = await granted(COURTLISTENER_ORIGIN);
  const skip = (key: string) => recordSkip(key, 'Not checked: permission to reach www.courtlistener.com was not granted.');
  // The background's active data, validated once per stored update (not on every once-a-minute tick).
  const dataset = await activeDataset();
  const run = (on: boolean, key: string, step: () => Promise<UpdateStatus | null>) => (!on ? null : ok ? safely(step) : skip(key));
  const statuses = {
    courtListener: await run(tokenPathRuns(u), CL_STATUS_KEY, () => courtListenerStep({ fetch: boundFetch, area, token: u.courtListenerToken, dataset, now: Date.now() })),
    courtListenerSearch: await run(u.courtListenerSearchEnabled, CL_SEARCH_STATUS_KEY, () => courtListenerSearchStep({ fetch: boundFetch, area, dataset, now: Date.now() })),
  };
  // A switch turned off while a request was on its way: what that request stored goes too.
  await forgetSwitchedOff(await loadSettings(area));
  return statuses;
}

/** CourtListener data outlives no switch: what a switched-off path stored is removed. */
async function forgetSwitchedOff(settings: Settings): Promise<void> {
  const keys = courtListenerKeysToRemove(settings.updates);
  const present = Object.keys(await area.get(keys));
  if (present.length > 0) await area.remove(present);
}

/** Alarms exist exactly while their feature is on. */
async function syncAlarms(settings: Settings): Promise<void> {
  const { datasetEnabled, datasetUrl } = settings.updates;
  if (datasetEnabled && datasetUrl) {
    if (!(await browser.alarms.get(DATASET_ALARM))) await browser.alarms.create(DATASET_ALARM, { delayInMinutes: 1, periodInMinutes: DATASET_PERIOD_MINUTES });
  } else await browser.alarms.clear(DATASET_ALARM);
  if (tokenPathRuns(settings.updates) || settings.updates.courtListenerSearchEnabled) {
    if (!(await browser.alarms.get(COURTLISTENER_ALARM))) await browser.alarms.create(COURTLISTENER_ALARM, { delayInMinutes: COURTLISTENER_PERIOD_MINUTES, periodInMinutes: COURTLISTENER_PERIOD_MINUTES });
  } else await browser.alarms.clear(COURTLISTENER_ALARM);
}

function safely<T>(work: () => Promise<T>): Promise<T | null> {
  return work().catch((err: unknown) => {
    console.warn('CaseLens: update check failed:', err);
    return null;
  });
}

export function setupUpdates(messaging: ExtensionMessenger<ProtocolMap>): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === DATASET_ALARM) void safely(async () => runDatasetCheck(await loadSettings(area), false));
    if (alarm.name === COURTLISTENER_ALARM) void safely(async () => runCourtListenerSteps(await loadSettings(area)));
  });

  messaging.onMessage('checkUpdatesNow', async () => {
    const settings = await loadSettings(area);
    const dataset = await safely(() => runDatasetCheck(settings, true));
    const courtListener = await safely(() => runCourtListenerSteps(settings));
    return { dataset, courtListener: courtListener?.courtListener ?? null, courtListenerSearch: courtListener?.courtListenerSearch ?? null };
  });

  browser.storage.onChanged.addListener((changes, areaName) => {
    const change = changes[SETTINGS_KEY];
    if (areaName !== 'local' || (!change && !changes[TOKEN_CHANGED_KEY])) return;
    void safely(async () => {
      const settings = await loadSettings(area);
      await forgetSwitchedOff(settings);
      await forgetStaleDataset(settings);
      await syncAlarms(settings);
      const before = (change?.oldValue as { updates?: { datasetUrl?: unknown; datasetEnabled?: unknown } } | undefined)?.updates;
      const turnedOn = change !== undefined && settings.updates.datasetEnabled && (before?.datasetEnabled !== true || before.datasetUrl !== settings.updates.datasetUrl);
      if (turnedOn) await runDatasetCheck(settings, true);
    });
  });

  const resync = () =>
    void safely(async () => {
      const settings = await loadSettings(area);
      await forgetSwitchedOff(settings);
      await forgetStaleDataset(settings);
      await syncAlarms(settings);
    });
  browser.runtime.onInstalled.addListener(resync);
  const moveToken = () => void safely(() => moveTokenOut(area, secrets));
  browser.runtime.onInstalled.addListener(moveToken);
  browser.runtime.onStartup.addListener(moveToken);
  browser.runtime.onStartup.addListener(resync);
}
