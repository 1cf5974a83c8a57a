import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, DEFAULT_UPDATE_SETTINGS, migrateV1ToV2, migrateV2ToV3, readSettings, SETTINGS_VERSION, settingsSchema, storedVersion } from '../../lib/settings';
import { loadSettings, SETTINGS_KEY, updateSettings, type KeyValueArea } from '../../lib/settings-store';
import { siteRulesFrom } from '../../lib/site-rules';

const v1 = { disabledSites: ['cnn.com'], enabledSites: ['example.org'], hoverDelayMs: 300, markMode: 'first' };
const v2 = {
  ...v1,
  version: 2,
  updates: { datasetEnabled: true, datasetUrl: 'https://data.example.org/caselens.json', courtListenerEnabled: true, courtListenerToken: 'abc123' },
};
/** Version 2 walked forward: everything kept, the tokenless check for newer filings off. */
const v2as3 = { ...v2, version: 3, updates: { ...v2.updates, courtListenerSearchEnabled: false } };
const v3 = { ...v2as3, updates: { ...v2as3.updates, courtListenerSearchEnabled: true } };
const v1as3 = { ...v1, version: 3, updates: DEFAULT_UPDATE_SETTINGS };

function memoryArea(initial: Record<string, unknown> = {}): KeyValueArea & { data: Record<string, unknown> } {
  const data = { ...initial };
  return { data, get: async (k) => (k in data ? { [k]: data[k] } : {}), set: async (items) => void Object.assign(data, items) };
}

describe('settings versions', () => {
  it('reads a stored value without `version` as version 1', () => {
    expect(storedVersion(v1)).toBe(1);
    expect(storedVersion(v2)).toBe(2);
    expect(storedVersion(v3)).toBe(3);
    expect(storedVersion('garbage')).toBe(1);
  });

  it.each([
    ['nothing stored', undefined, DEFAULT_SETTINGS],
    ['version 1 (no version field)', v1, v1as3],
    ['version 2 (no search switch)', v2, v2as3],
    ['version 3', v3, v3],
    ['a newer version: what this one knows is kept', { ...v3, version: 4, extra: 1, updates: { ...v3.updates, more: true } }, v3],
  ])('walks %s forward to the current version', (_label, stored, expected) => {
    const read = readSettings(stored);
    expect(read).toEqual(expected);
    expect(read.version).toBe(SETTINGS_VERSION);
    expect(settingsSchema.safeParse(read).success).toBe(true);
  });

  it.each([
    ['a malformed hover delay (v1)', { ...v1, hoverDelayMs: 'slow' }, { ...v1as3, hoverDelayMs: 500 }],
    ['a non-array site list (v1)', { ...v1, disabledSites: 'cnn.com' }, { ...v1as3, disabledSites: [] }],
    ['a site list with junk entries', { ...v1, enabledSites: ['example.org', 7, null] }, v1as3],
    ['an unknown mark mode (v2)', { ...v2, markMode: 'some' }, { ...v2as3, markMode: 'all' }],
    ['a bad update URL (v2)', { ...v2, updates: { ...v2.updates, datasetUrl: 'javascript:alert(1)' } }, { ...v2as3, updates: { ...v2as3.updates, datasetUrl: '' } }],
    ['updates that are not an object (v2)', { ...v2, updates: 'on' }, { ...v2as3, updates: DEFAULT_UPDATE_SETTINGS }],
    ['a search switch that is not a boolean (v3)', { ...v3, updates: { ...v3.updates, courtListenerSearchEnabled: 'yes' } }, v2as3],
  ])('keeps the user’s data when a field is malformed: %s', (_label, stored, expected) => {
    expect(readSettings(stored)).toEqual(expected);
  });

  it.each([null, 42, 'x', [], [1, 2], { version: 'two' }])('never throws on %j', (stored) => {
    expect(() => readSettings(stored)).not.toThrow();
    expect(readSettings(stored).version).toBe(SETTINGS_VERSION);
  });

  it('walks each version through its own migration: 1 → 2 adds the updates, all off; 2 → 3 adds the search switch, off', () => {
    const two = migrateV1ToV2(v1 as Parameters<typeof migrateV1ToV2>[0]);
    expect(two).toEqual({ ...v1, version: 2, updates: { datasetEnabled: false, datasetUrl: '', courtListenerEnabled: false, courtListenerToken: '' } });
    expect(migrateV2ToV3(v2 as Parameters<typeof migrateV2ToV3>[0])).toEqual(v2as3);
    expect(migrateV2ToV3(two)).toEqual(v1as3);
  });

  it('loads version 1 from storage and writes version 3 on the next change, keeping the top-level fields', async () => {
    const area = memoryArea({ [SETTINGS_KEY]: v1 });
    expect((await loadSettings(area)).disabledSites).toEqual(['cnn.com']);
    await updateSettings(area, (s) => ({ ...s, hoverDelayMs: 800 }));
    const stored = area.data[SETTINGS_KEY] as Record<string, unknown>;
    expect(stored).toMatchObject({ version: 3, disabledSites: ['cnn.com'], enabledSites: ['example.org'], hoverDelayMs: 800, markMode: 'first' });
    // The content script reads these without zod.
    expect(siteRulesFrom(stored)).toEqual({ disabledSites: ['cnn.com'], enabledSites: ['example.org'] });
  });
});
