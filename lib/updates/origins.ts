/**
 * The host permissions the opt-in updates need: asked for when one is switched on, given back when
 * it is switched off (unless something else still needs the same host).
 */
import type { Settings } from '../settings';
import { coveredBy } from '../site-rules';
import { isDefaultNewsSite } from '../sites';
import { COURTLISTENER_ORIGIN } from './courtlistener/responses';

export const COURTLISTENER_PATTERN = `${COURTLISTENER_ORIGIN}/*`;

/** "https://host/*" for a URL, or null when it is not https (updates are fetched over https only). */
export function originPattern(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' ? `https://${u.hostname}/*` : null;
  } catch {
    return null;
  }
}

/** The host of a "scheme://host/*" pattern. */
const hostOf = (pattern: string) => pattern.replace(/^[a-z]+:\/\//, '').replace(/\/\*$/, '');

export type UpdateName = 'dataset' | 'courtListener' | 'courtListenerSearch';
const UPDATES: readonly UpdateName[] = ['dataset', 'courtListener', 'courtListenerSearch'];

/** The "https://host/*" an update reaches, or null (a dataset URL that is empty or not https). */
function originOf(updates: Settings['updates'], update: UpdateName): string | null {
  return update === 'dataset' ? originPattern(updates.datasetUrl) : COURTLISTENER_PATTERN;
}

const isOn = (updates: Settings['updates'], update: UpdateName): boolean =>
  update === 'dataset' ? updates.datasetEnabled : update === 'courtListener' ? updates.courtListenerEnabled : updates.courtListenerSearchEnabled;

/**
 * The origins to give back when `update` is switched off, given the settings before the switch: its
 * own origin, unless another update (still on) uses the same one (the two CourtListener switches share
 * www.courtlistener.com), or the host is a site CaseLens runs on (a default news site, or one the user
 * switched on: their permission covers it).
 */
export function originsToRelease(settings: Settings, update: UpdateName): string[] {
  const { updates } = settings;
  const own = originOf(updates, update);
  if (!own) return [];
  if (UPDATES.some((other) => other !== update && isOn(updates, other) && originOf(updates, other) === own)) return [];
  const host = hostOf(own);
  const site = isDefaultNewsSite(host) || coveredBy(host, settings.enabledSites);
  return site ? [] : [own];
}
