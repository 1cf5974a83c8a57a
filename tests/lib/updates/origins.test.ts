/** Which host permission an update switched off gives back. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import { COURTLISTENER_PATTERN, originPattern, originsToRelease } from '../../../lib/updates/origins';

const with_ = (updates: Partial<Settings['updates']>, enabledSites: string[] = []): Settings => ({
  ...DEFAULT_SETTINGS,
  enabledSites,
  updates: { ...DEFAULT_SETTINGS.updates, ...updates },
});

describe('originPattern', () => {
  it('gives scheme and host for https URLs, null otherwise (http too: updates are https only)', () => {
    expect(originPattern('https://data.example.org:8443/a/b.json?x=1')).toBe('https://data.example.org/*');
    expect(originPattern('http://127.0.0.1:9000/d.json')).toBeNull();
    expect(originPattern('ftp://example.org/d.json')).toBeNull();
    expect(originPattern('not a url')).toBeNull();
  });
});

describe('originsToRelease', () => {
  it("gives back the update's own origin", () => {
    const s = with_({ datasetEnabled: true, datasetUrl: 'https://data.example.org/d.json', courtListenerEnabled: true });
    expect(originsToRelease(s, 'dataset')).toEqual(['https://data.example.org/*']);
    expect(originsToRelease(s, 'courtListener')).toEqual([COURTLISTENER_PATTERN]);
  });

  it('keeps an origin the other update, still on, uses', () => {
    const s = with_({ datasetEnabled: true, datasetUrl: 'https://www.courtlistener.com/caselens.json', courtListenerEnabled: true });
    expect(originsToRelease(s, 'dataset')).toEqual([]);
    expect(originsToRelease(s, 'courtListener')).toEqual([]);
    expect(originsToRelease({ ...s, updates: { ...s.updates, courtListenerEnabled: false } }, 'dataset')).toEqual([COURTLISTENER_PATTERN]);
  });

  it('gives www.courtlistener.com back only when both CourtListener switches are off', () => {
    const both = with_({ courtListenerEnabled: true, courtListenerSearchEnabled: true });
    expect(originsToRelease(both, 'courtListener')).toEqual([]);
    expect(originsToRelease(both, 'courtListenerSearch')).toEqual([]);
    expect(originsToRelease(with_({ courtListenerSearchEnabled: true }), 'courtListenerSearch')).toEqual([COURTLISTENER_PATTERN]);
    expect(originsToRelease(with_({ courtListenerEnabled: true }), 'courtListener')).toEqual([COURTLISTENER_PATTERN]);
  });

  it('keeps the host of a site CaseLens runs on (a default news site or one the user switched on)', () => {
    expect(originsToRelease(with_({ datasetEnabled: true, datasetUrl: 'https://apnews.com/d.json' }), 'dataset')).toEqual([]);
    expect(originsToRelease(with_({ datasetEnabled: true, datasetUrl: 'https://data.blog.example.org/d.json' }, ['blog.example.org']), 'dataset')).toEqual([]);
  });

  it('gives back nothing for a dataset URL that is empty or not http(s)', () => {
    expect(originsToRelease(with_({ datasetUrl: '' }), 'dataset')).toEqual([]);
  });
});
