/**
 * The news sites CaseLens runs on by default. Anything else the user switches on from the popup,
 * which asks for that site's permission at that moment.
 */
export const DEFAULT_NEWS_SITES = [
  'apnews.com',
  'npr.org',
  'reuters.com',
  'nytimes.com',
  'washingtonpost.com',
  'cnn.com',
  'foxnews.com',
  'nbcnews.com',
  'cbsnews.com',
  'abcnews.go.com',
  'politico.com',
  'thehill.com',
  'axios.com',
  'usatoday.com',
  'wsj.com',
  'bloomberg.com',
  'latimes.com',
  'theguardian.com',
  'bbc.com',
  'bbc.co.uk',
  'aljazeera.com',
  'theatlantic.com',
  'newyorker.com',
  'msnbc.com',
  'ms.now',
  'pbs.org',
  'newsweek.com',
  'time.com',
  'lawfaremedia.org',
  'scotusblog.com',
  'courthousenews.com',
  'jurist.org',
  'baltimoresun.com',
  'thebanner.com',
  'marylandmatters.org',
  'tennesseelookout.com',
  'tennessean.com',
  'nashvillescene.com',
  'propublica.org',
  'vox.com',
  'slate.com',
  'independent.co.uk',
  'elpais.com',
  'elfaro.net',
] as const;

/**
 * Match patterns for a host and its subdomains (`*.host` matches the host itself too), https only:
 * every listed site serves its articles over https (and redirects http to it), so http access would
 * only let a network attacker's page (on an http address of the site) talk to CaseLens.
 */
export function matchPatternsFor(host: string): string[] {
  return [`https://*.${host}/*`];
}

export const DEFAULT_MATCH_PATTERNS: string[] = DEFAULT_NEWS_SITES.flatMap(matchPatternsFor);

/** True when `hostname` is one of the default sites or a subdomain of one. */
export function isDefaultNewsSite(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return DEFAULT_NEWS_SITES.some((site) => host === site || host.endsWith(`.${site}`));
}

/** Why CaseLens can't run on a tab at `url` (undefined: its address can't be read), or null when it can. */
export function unsupportedReason(url: string | undefined): string | null {
  const protocol = url ? URL.parse(url)?.protocol : undefined;
  if (protocol === 'https:') return null;
  // No http host access at all (README, Permissions): a page over plain http could be anyone's.
  if (protocol === 'http:') return 'It runs only on pages served over https, and this one is plain http.';
  return 'It only runs on web pages (https).';
}
