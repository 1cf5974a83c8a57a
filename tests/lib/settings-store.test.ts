import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { loadSettings, moveTokenOut, SETTINGS_KEY, SettingsReadError, switchSite, TOKEN_CHANGED_KEY, TOKEN_KEY, updateSettings, withoutSite, withSite, type KeyValueArea } from '../../lib/settings-store';
import { isSiteOn, siteRulesFrom } from '../../lib/site-rules';

function memoryArea(initial: Record<string, unknown> = {}, failWith?: Error, failReadOf?: string): KeyValueArea & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key) => {
      if (failReadOf === key || failReadOf === '*') throw new Error('IO error: storage is busy');
      return key in data ? { [key]: data[key] } : {};
    },
    set: async (items) => {
      if (failWith) throw failWith;
      Object.assign(data, items);
    },
    remove: async (keys) => {
      for (const k of keys) delete data[k];
    },
  };
}

describe('site switch', () => {
  it.each([
    ['switching a default site off and on', 'www.apnews.com', [['apnews.com', false]], { disabledSites: ['apnews.com'], enabledSites: [] }],
    ['switching it back on', 'apnews.com', [['apnews.com', false], ['apnews.com', true]], { disabledSites: [], enabledSites: [] }],
    ['switching another site on', 'blog.example.org', [['blog.example.org', true]], { disabledSites: [], enabledSites: ['blog.example.org'] }],
    ['switching it off again', 'blog.example.org', [['blog.example.org', true], ['blog.example.org', false]], { disabledSites: [], enabledSites: [] }],
  ] as const)('%s', (_label, _host, steps, expected) => {
    let s = DEFAULT_SETTINGS;
    for (const [host, on] of steps) s = withSite(s, host, on);
    expect({ disabledSites: s.disabledSites, enabledSites: s.enabledSites }).toEqual(expected);
  });

  it('decides where CaseLens runs', () => {
    const s = withSite(withSite(DEFAULT_SETTINGS, 'cnn.com', false), 'example.org', true);
    expect(isSiteOn('edition.cnn.com', s)).toBe(false);
    expect(isSiteOn('apnews.com', s)).toBe(true);
    expect(isSiteOn('www.example.org', s)).toBe(true);
    expect(isSiteOn('example.com', s)).toBe(false);
  });

  it.each([
    ['a subdomain switched on under a site switched off', [['cnn.com', false], ['edition.cnn.com', true]], { 'edition.cnn.com': true, 'cnn.com': false, 'www.cnn.com': false }],
    ['and off again', [['cnn.com', false], ['edition.cnn.com', true], ['edition.cnn.com', false]], { 'edition.cnn.com': false, 'cnn.com': false }],
    ['a subdomain switched off under a site of yours', [['example.org', true], ['blog.example.org', false]], { 'blog.example.org': false, 'example.org': true, 'www.example.org': true }],
    ['a default subdomain switched off, then its site off and on', [['edition.cnn.com', false], ['cnn.com', false], ['cnn.com', true]], { 'edition.cnn.com': false, 'cnn.com': true }],
    ['www. is the site itself', [['www.cnn.com', false]], { 'cnn.com': false, 'www.cnn.com': false, 'edition.cnn.com': false }],
  ] as const)('the switch does what it shows: %s', (_label, steps, expected) => {
    let s = DEFAULT_SETTINGS;
    for (const [host, on] of steps) {
      s = withSite(s, host, on);
      expect(isSiteOn(host, s), `${host} after switching it ${on ? 'on' : 'off'}`).toBe(on);
    }
    for (const [host, on] of Object.entries(expected)) expect(isSiteOn(host, s), host).toBe(on);
  });

  it('does what it shows for every sequence of switches over related hosts', () => {
    const hosts = ['cnn.com', 'edition.cnn.com', 'a.edition.cnn.com', 'example.org', 'blog.example.org', 'apnews.com'];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    let s = DEFAULT_SETTINGS;
    for (let i = 0; i < 2000; i++) {
      const host = hosts[next() % hosts.length]!;
      const on = next() % 2 === 0;
      s = withSite(s, host, on);
      expect(isSiteOn(host, s)).toBe(on);
      expect(s.disabledSites.filter((h) => s.enabledSites.includes(h))).toEqual([]);
    }
  });

  it('removing a site of yours forgets its rule (its parent or the default applies again)', () => {
    const s = withSite(withSite(DEFAULT_SETTINGS, 'cnn.com', false), 'edition.cnn.com', true);
    expect(withoutSite(s, 'edition.cnn.com')).toMatchObject({ disabledSites: ['cnn.com'], enabledSites: [] });
    expect(isSiteOn('edition.cnn.com', withoutSite(s, 'edition.cnn.com'))).toBe(false);
  });

  it('reads site rules from stored values of any shape', () => {
    expect(siteRulesFrom({ disabledSites: ['a.com', 3], enabledSites: 'x' })).toEqual({ disabledSites: ['a.com'], enabledSites: [] });
    expect(siteRulesFrom(null)).toEqual({ disabledSites: [], enabledSites: [] });
  });
});

describe('settings storage', () => {
  it('falls back to defaults when nothing or garbage is stored', async () => {
    expect(await loadSettings(memoryArea())).toEqual(DEFAULT_SETTINGS);
    expect(await loadSettings(memoryArea({ [SETTINGS_KEY]: 'garbage' }))).toEqual(DEFAULT_SETTINGS);
  });

  it('writes a change and reads it back', async () => {
    const area = memoryArea();
    const r = await updateSettings(area, (s) => withSite(s, 'npr.org', false));
    expect(r.ok).toBe(true);
    expect((await loadSettings(area)).disabledSites).toEqual(['npr.org']);
  });

  it('reports a quota error clearly and keeps the old settings', async () => {
    const before = { ...DEFAULT_SETTINGS, disabledSites: ['bbc.com'] };
    const area = memoryArea({ [SETTINGS_KEY]: before }, new Error('QUOTA_BYTES quota exceeded'));
    const r = await updateSettings(area, (s) => withSite(s, 'npr.org', false));
    expect(r).toEqual({ ok: false, message: expect.stringContaining('QUOTA_BYTES quota exceeded') });
    expect(area.data[SETTINGS_KEY]).toEqual(before);
  });

  it('keeps the CourtListener token in the secrets area, never in storage.local (which content scripts can read)', async () => {
    const area = memoryArea();
    const secrets = memoryArea();
    await updateSettings(area, (s) => ({ ...s, updates: { ...s.updates, courtListenerEnabled: true, courtListenerToken: 'secret-1' } }), secrets);
    expect(JSON.stringify(area.data)).not.toContain('secret-1');
    expect(secrets.data[TOKEN_KEY]).toBe('secret-1');
    expect(typeof area.data[TOKEN_CHANGED_KEY]).toBe('number');
    expect((await loadSettings(area, secrets)).updates).toMatchObject({ courtListenerEnabled: true, courtListenerToken: 'secret-1' });
    // a change elsewhere keeps the token, also one made without the secrets area (the popup's site switch)
    await updateSettings(area, (s) => withSite(s, 'npr.org', false), secrets);
    await updateSettings(area, (s) => withSite(s, 'bbc.com', false));
    expect((await loadSettings(area, secrets)).updates.courtListenerToken).toBe('secret-1');
    expect((await loadSettings(area)).updates.courtListenerToken).toBe('');
    expect(JSON.stringify(area.data)).not.toContain('secret-1');
  });

  it.each([
    ['inside the settings', (token: string) => ({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, disabledSites: ['bbc.com'], updates: { ...DEFAULT_SETTINGS.updates, courtListenerEnabled: true, courtListenerToken: token } } })],
    ['under its own key in storage.local', (token: string) => ({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, disabledSites: ['bbc.com'], updates: { ...DEFAULT_SETTINGS.updates, courtListenerEnabled: true } }, [TOKEN_KEY]: token })],
  ])('moves a token an earlier version kept %s to the secrets area and erases it from storage.local', async (_label, stored) => {
    const area = memoryArea(stored('old-secret'));
    const secrets = memoryArea();
    expect((await loadSettings(area, secrets)).updates.courtListenerToken).toBe('old-secret');
    expect(await moveTokenOut(area, secrets)).toBe(true);
    expect(JSON.stringify(area.data)).not.toContain('old-secret');
    expect(secrets.data[TOKEN_KEY]).toBe('old-secret');
    expect(await loadSettings(area, secrets)).toMatchObject({ disabledSites: ['bbc.com'], updates: { courtListenerEnabled: true, courtListenerToken: 'old-secret' } });
    expect(await moveTokenOut(area, secrets)).toBe(false);
  });

  it('writes neither the settings nor the token when the settings write fails', async () => {
    const area = memoryArea({ [SETTINGS_KEY]: DEFAULT_SETTINGS }, new Error('QUOTA_BYTES quota exceeded'));
    const secrets = memoryArea({ [TOKEN_KEY]: 'before' });
    const r = await updateSettings(area, (s) => ({ ...s, updates: { ...s.updates, courtListenerToken: 'x' } }), secrets);
    expect(r.ok).toBe(false);
    expect(area.data).toEqual({ [SETTINGS_KEY]: DEFAULT_SETTINGS });
    expect(secrets.data).toEqual({ [TOKEN_KEY]: 'before' });
  });

  it('refuses to write a token over 200 characters (it would read back as none and be erased on the next save)', async () => {
    const area = memoryArea();
    const secrets = memoryArea();
    await updateSettings(area, (s) => ({ ...s, updates: { ...s.updates, courtListenerEnabled: true, courtListenerToken: 'good-token' } }), secrets);
    const before = structuredClone([area.data, secrets.data]);
    const r = await updateSettings(area, (s) => ({ ...s, updates: { ...s.updates, courtListenerToken: 'x'.repeat(201) } }), secrets);
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/^Could not save your settings \(updates\.courtListenerToken: .*\)\. Nothing was changed\.$/) });
    expect([area.data, secrets.data]).toEqual(before);
    expect((await loadSettings(area, secrets)).updates.courtListenerToken).toBe('good-token');
  });

  it.each([
    ['the settings', SETTINGS_KEY],
    ['the token', TOKEN_KEY],
  ])('never writes defaults over settings it could not read (%s failing)', async (_label, failing) => {
    const stored = { ...DEFAULT_SETTINGS, disabledSites: ['bbc.com'], enabledSites: ['example.org'] };
    const area = memoryArea({ [SETTINGS_KEY]: stored, [TOKEN_KEY]: 'my-token' }, undefined, failing);
    const before = structuredClone(area.data);
    await expect(loadSettings(area)).rejects.toThrow(SettingsReadError);
    await expect(loadSettings(area)).rejects.toThrow(/Could not read your settings \(IO error: storage is busy\)/);
    const r = await updateSettings(area, (s) => withSite(s, 'npr.org', false));
    expect(r).toEqual({ ok: false, message: 'Could not read your settings (IO error: storage is busy). Nothing was changed.' });
    expect((await switchSite(area, 'npr.org', false)).ok).toBe(false);
    const secrets = memoryArea();
    expect(await moveTokenOut(area, secrets).catch(() => false)).toBe(false);
    expect(area.data).toEqual(before);
    expect(secrets.data).toEqual({});
  });

  it('applies two quick changes one after the other, so neither undoes the other', async () => {
    const area = memoryArea({ [SETTINGS_KEY]: DEFAULT_SETTINGS });
    const [a, b] = await Promise.all([
      updateSettings(area, (s) => ({ ...s, markMode: 'first' })),
      updateSettings(area, (s) => withSite(s, 'npr.org', false)),
    ]);
    expect(a.ok && b.ok).toBe(true);
    const stored = await loadSettings(area);
    expect(stored.markMode).toBe('first');
    expect(isSiteOn('npr.org', stored)).toBe(false);
  });

  it('switches a site and stores it so the switch reads back as set', async () => {
    const area = memoryArea({ [SETTINGS_KEY]: withSite(DEFAULT_SETTINGS, 'cnn.com', false) });
    expect(await switchSite(area, 'edition.cnn.com', true)).toMatchObject({ ok: true });
    expect(isSiteOn('edition.cnn.com', await loadSettings(area))).toBe(true);
    expect(isSiteOn('cnn.com', await loadSettings(area))).toBe(false);
  });

  it('ignores a stored token that is not a string', async () => {
    expect((await loadSettings(memoryArea({ [TOKEN_KEY]: 42 }))).updates.courtListenerToken).toBe('');
  });
});
