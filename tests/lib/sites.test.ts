import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCH_PATTERNS, DEFAULT_NEWS_SITES, isDefaultNewsSite, matchPatternsFor, unsupportedReason } from '../../lib/sites';

describe('default news sites', () => {
  it('include the sites the product promises', () => {
    for (const site of ['apnews.com', 'npr.org', 'reuters.com', 'nytimes.com', 'washingtonpost.com', 'cnn.com', 'foxnews.com', 'nbcnews.com', 'politico.com', 'thehill.com', 'theguardian.com', 'bbc.com']) {
      expect(DEFAULT_NEWS_SITES).toContain(site);
    }
  });
  it.each([
    ['apnews.com', true],
    ['www.nytimes.com', true],
    ['edition.cnn.com', true],
    ['notcnn.com', false],
    ['cnn.com.evil.example', false],
    ['example.org', false],
  ])('%s is a default site: %s', (host, yes) => expect(isDefaultNewsSite(host)).toBe(yes));
  it('match a site and its subdomains, never every site', () => {
    expect(matchPatternsFor('npr.org')).toEqual(['https://*.npr.org/*']);
    expect(DEFAULT_MATCH_PATTERNS).not.toContain('<all_urls>');
    // https only: no listed site serves its articles over http.
    expect(DEFAULT_MATCH_PATTERNS.every((p) => /^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/.test(p))).toBe(true);
    expect(DEFAULT_MATCH_PATTERNS).toHaveLength(DEFAULT_NEWS_SITES.length);
  });
});

describe('where the popup offers CaseLens', () => {
  it.each([
    ['https://apnews.com/article/x', null],
    ['http://apnews.com/article/x', 'It runs only on pages served over https, and this one is plain http.'],
    ['chrome://extensions/', 'It only runs on web pages (https).'],
    [undefined, 'It only runs on web pages (https).'],
  ])('%s', (url, reason) => expect(unsupportedReason(url)).toBe(reason));
});
