import { describe, expect, it } from 'vitest';
import { loadActiveDataset, pickActiveDataset } from '../../../lib/updates/active-dataset';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { SETTINGS_KEY } from '../../../lib/settings-store';
import { DATASET_UPDATE_KEY, DATASET_UPDATE_SOURCE_KEY } from '../../../lib/updates/keys';
import { miniDataset } from '../../fixtures/mini-dataset';

const TODAY = '2026-03-01';
const bundled = miniDataset();
const newer = { ...miniDataset(), asOf: '2026-02-28' };

describe('the dataset pages use', () => {
  it.each([
    ['no update stored', undefined, 'bundled'],
    ['a valid newer update', newer, 'update'],
    ['an update no newer than the bundled data', { ...newer, asOf: '2026-01-01' }, 'bundled'],
    ['a stored value that is not a dataset', { version: 9 }, 'bundled'],
    ['garbage', 'x', 'bundled'],
    ['an update built for a much higher version (it used to lock itself in)', { ...newer, version: 2 ** 53 - 1 }, 'bundled'],
    ['an update over a schema limit', { ...newer, entities: newer.entities.map((e, i) => (i === 0 ? { ...e, name: 'x'.repeat(201) } : e)) }, 'bundled'],
  ])('%s', (_label, stored, source) => {
    expect(pickActiveDataset(bundled, stored, TODAY).source).toBe(source);
  });
});

describe('loading it from storage', () => {
  const URL_A = 'https://data.example.org/d.json';
  const on = (enabled: boolean) => ({ ...DEFAULT_SETTINGS, updates: { ...DEFAULT_SETTINGS.updates, datasetEnabled: enabled, datasetUrl: URL_A } });
  const areaWith = (data: Record<string, unknown>) => ({ get: async (key: string) => (key in data ? { [key]: data[key] } : {}) });
  it('reads the stored update while the dataset update is on with its URL', async () => {
    const area = areaWith({ [SETTINGS_KEY]: on(true), [DATASET_UPDATE_KEY]: newer, [DATASET_UPDATE_SOURCE_KEY]: URL_A });
    expect(await loadActiveDataset(area, bundled, TODAY)).toMatchObject({ source: 'update', dataset: { asOf: '2026-02-28' } });
    expect(DATASET_UPDATE_KEY).toBe('dataset:update');
  });
  it.each([
    ['the update is off (planted, or switched off)', { [SETTINGS_KEY]: on(false), [DATASET_UPDATE_SOURCE_KEY]: URL_A }],
    ['it came from another URL', { [SETTINGS_KEY]: on(true), [DATASET_UPDATE_SOURCE_KEY]: 'https://other.example.net/d.json' }],
  ])('ignores a stored update when %s', async (_label, rest) => {
    expect((await loadActiveDataset(areaWith({ ...rest, [DATASET_UPDATE_KEY]: newer }), bundled, TODAY)).source).toBe('bundled');
  });
  it('falls back to the bundled data when storage cannot be read', async () => {
    const area = { get: async () => Promise.reject(new Error('storage is gone')) };
    expect((await loadActiveDataset(area, bundled, TODAY)).source).toBe('bundled');
  });
});
