import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, DEFAULT_UPDATE_SETTINGS, readSettings, SETTINGS_VERSION, settingsSchema, storedVersion } from '../../lib/settings';
import { loadSettings, SETTINGS_KEY, updateSettings, type KeyValueArea } from '../../lib/settings-store';
import { siteRulesFrom } from '../../lib/site-rules';

const v1 = { disabledSites: ['cnn.com'], enabledSites: ['example.org'], hoverDelayMs: 300, markMode: 'first' };
const v2 = {
  ...v1,
  version: 2,
  updates: { datasetEnabled: true, datasetUrl: 'https://data.example.org/caselens.json', courtListenerEnabled: true, courtListenerToken: 'abc123' },
};

function memoryArea(initial: Record<string, unknown> = {}): KeyValueArea & { data: Record<string, unknown> } {
  const data = { ...initial };
  return { data, get: async (k) => (k in data ? { [k]: data[k] } : {}), set: async (items) => void Object.assign(data, items) };
}

describe('settings versions', () => {
  it('reads a stored value without `version` as version 1', () => {
    expect(storedVersion(v1)).toBe(1);
    expect(storedVersion(v2)).toBe(2);
    expect(storedVersion('garbage')).toBe(1);
  });

  it.each([
    ['nothing stored', undefined, DEFAULT_SETTINGS],
    ['version 1 (today’s shape)', v1, { ...v1, version: 2, updates: DEFAULT_UPDATE_SETTINGS }],
    ['version 2', v2, v2],
    ['a newer version: what this one knows is kept', { ...v2, version: 3, extra: 1 }, v2],
  ])('walks %s forward to the current version', (_label, stored, expected) => {
    const read = readSettings(stored);
    expect(read).toEqual(expected);
    expect(read.version).toBe(SETTINGS_VERSION);
    expect(settingsSchema.safeParse(read).success).toBe(true);
  });

  it.each([
    ['a malformed hover delay (v1)', { ...v1, hoverDelayMs: 'slow' }, { ...v1, hoverDelayMs: 500, version: 2, updates: DEFAULT_UPDATE_SETTINGS }],
    ['a non-array site list (v1)', { ...v1, disabledSites: 'cnn.com' }, { ...v1, disabledSites: [], version: 2, updates: DEFAULT_UPDATE_SETTINGS }],
    ['a site list with junk entries', { ...v1, enabledSites: ['example.org', 7, null] }, { ...v1, version: 2, updates: DEFAULT_UPDATE_SETTINGS }],
    ['an unknown mark mode (v2)', { ...v2, markMode: 'some' }, { ...v2, markMode: 'all' }],
    ['a bad update URL (v2)', { ...v2, updates: { ...v2.updates, datasetUrl: 'javascript:alert(1)' } }, { ...v2, updates: { ...v2.updates, datasetUrl: '' } }],
    ['updates that are not an object (v2)', { ...v2, updates: 'on' }, { ...v2, updates: DEFAULT_UPDATE_SETTINGS }],
  ])('keeps the user’s data when a field is malformed: %s', (_label, stored, expected) => {
    expect(readSettings(stored)).toEqual(expected);
  });

  it.each([null, 42, 'x', [], [1, 2], { version: 'two' }])('never throws on %j', (stored) => {
    expect(() => readSettings(stored)).not.toThrow();
    expect(readSettings(stored).version).toBe(SETTINGS_VERSION);
  });

  it('loads version 1 from storage and writes version 2 on the next change, keeping the top-level fields', async () => {
    const area = memoryArea({ [SETTINGS_KEY]: v1 });
    expect((await loadSettings(area)).disabledSites).toEqual(['cnn.com']);
    await updateSettings(area, (s) => ({ ...s, hoverDelayMs: 800 }));
    const stored = area.data[SETTINGS_KEY] as Record<string, unknown>;
    expect(stored).toMatchObject({ version: 2, disabledSites: ['cnn.com'], enabledSites: ['example.org'], hoverDelayMs: 800, markMode: 'first' });
    // The content script reads these without zod.
    expect(siteRulesFrom(stored)).toEqual({ disabledSites: ['cnn.com'], enabledSites: ['example.org'] });
  });
});
