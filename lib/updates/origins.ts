/**
 * The host permissions the opt-in updates need: asked for when one is switched on, given back when
 * it is switched off (unless something else still needs the same host).
 */
import type { Settings } from '../settings';
import { coveredBy } from '../site-rules';
import { isDefaultNewsSite } from '../sites';
import { COURTLISTENER_ORIGIN } from './courtlistener/responses';

export const COURTLISTENER_PATTERN = `${COURTLISTENER_ORIGIN}/*`;

/** "https://host/*" for a URL, or null when it is not http(s). */
export function originPattern(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? `${u.protocol}//${u.hostname}/*` : null;
  } catch {
    return null;
  }
}

/** The host of a "scheme://host/*" pattern. */
const hostOf = (pattern: string) => pattern.replace(/^[a-z]+:\/\//, '').replace(/\/\*$/, '');

/**
 * The origins to give back when `update` is switched off, given the settings before the switch: its
 * own origin, unless the other update (still on) uses the same one, or the host is a site CaseLens
 * runs on (a default news site, or one the user switched on: their permission covers it).
 */
export function originsToRelease(settings: Settings, update: 'dataset' | 'courtListener'): string[] {
  const { updates } = settings;
  const own = update === 'dataset' ? originPattern(updates.datasetUrl) : COURTLISTENER_PATTERN;
  if (!own) return [];
  const otherOn = update === 'dataset' ? updates.courtListenerEnabled && COURTLISTENER_PATTERN : updates.datasetEnabled && originPattern(updates.datasetUrl);
  if (otherOn === own) return [];
  const host = hostOf(own);
  const site = isDefaultNewsSite(host) || coveredBy(host, settings.enabledSites);
  return site ? [] : [own];
}
