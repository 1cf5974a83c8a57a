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

/** Match patterns for a host and its subdomains (`*.host` matches the host itself too). */
export function matchPatternsFor(host: string): string[] {
  return [`https://*.${host}/*`, `http://*.${host}/*`];
}

export const DEFAULT_MATCH_PATTERNS: string[] = DEFAULT_NEWS_SITES.flatMap(matchPatternsFor);

/** True when `hostname` is one of the default sites or a subdomain of one. */
export function isDefaultNewsSite(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return DEFAULT_NEWS_SITES.some((site) => host === site || host.endsWith(`.${site}`));
}
