/**
 * Whether CaseLens runs on a site: default news sites unless switched off, plus the sites the user
 * switched on. Kept apart from the settings schema so the content script needn't bundle zod.
 */
import { isDefaultNewsSite } from './sites';

export interface SiteRules {
  disabledSites: readonly string[];
  enabledSites: readonly string[];
}

/** The bare host a rule is stored under: lower-case, without "www." or a trailing dot. */
export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
}

/** Whether `hostname` is one of `sites` or a subdomain of one. */
export function coveredBy(hostname: string, sites: readonly string[]): boolean {
  const host = siteKey(hostname);
  return sites.some((s) => host === s || host.endsWith(`.${s}`));
}

/** The length of the most specific of `sites` that covers `host` (a bare site key), or -1 when none does. */
function closest(host: string, sites: readonly string[]): number {
  let best = -1;
  for (const s of sites) if ((host === s || host.endsWith(`.${s}`)) && s.length > best) best = s.length;
  return best;
}

/**
 * Whether CaseLens should run on a page of `hostname` under these settings. The most specific rule
 * wins: `edition.cnn.com` switched on beats `cnn.com` switched off, and the other way round (a rule
 * on the same host: off wins). With no rule of the user's, the default news sites are on.
 */
export function isSiteOn(hostname: string, settings: SiteRules): boolean {
  const host = siteKey(hostname);
  const off = closest(host, settings.disabledSites);
  const on = closest(host, settings.enabledSites);
  if (off < 0 && on < 0) return isDefaultNewsSite(host);
  return on > off;
}

/** Reads the site rules out of stored settings of any shape, keeping only string arrays. */
export function siteRulesFrom(stored: unknown): SiteRules {
  const obj = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return { disabledSites: strings(obj.disabledSites), enabledSites: strings(obj.enabledSites) };
}
