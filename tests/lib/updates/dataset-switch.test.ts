import { describe, expect, it } from 'vitest';
import { staleDatasetKeys } from '../../../lib/updates/dataset-switch';
import { DEFAULT_SETTINGS, readSettings, settingsSchema } from '../../../lib/settings';
import { DATASET_STATUS_KEY, DATASET_UPDATE_KEY, DATASET_UPDATE_SOURCE_KEY } from '../../../lib/updates/keys';

const URL_A = 'https://data.example.org/d.json';
const ALL = [DATASET_UPDATE_KEY, DATASET_UPDATE_SOURCE_KEY, DATASET_STATUS_KEY];

describe('a stored dataset update outlives neither its switch nor its URL', () => {
  it.each([
    ['on, with the URL it came from', { datasetEnabled: true, datasetUrl: URL_A }, URL_A, []],
    ['switched off', { datasetEnabled: false, datasetUrl: URL_A }, URL_A, ALL],
    ['on, pointed at another URL', { datasetEnabled: true, datasetUrl: 'https://mirror.example.net/d.json' }, URL_A, ALL],
    ['on with no URL', { datasetEnabled: true, datasetUrl: '' }, URL_A, ALL],
    ['on, an update stored before its URL was recorded', { datasetEnabled: true, datasetUrl: URL_A }, undefined, []],
    ['off, an update stored before its URL was recorded', { datasetEnabled: false, datasetUrl: URL_A }, undefined, ALL],
  ])('%s', (_label, updates, source, keys) => {
    expect(staleDatasetKeys(updates, source)).toEqual(keys);
  });
});

describe('the update URL is https only', () => {
  it.each([
    ['https://data.example.org/d.json', 'https://data.example.org/d.json'],
    ['http://data.example.org/d.json', ''],
    ['ftp://data.example.org/d.json', ''],
  ])('a stored %s reads as %j', (url, expected) => {
    const stored = { ...DEFAULT_SETTINGS, updates: { ...DEFAULT_SETTINGS.updates, datasetEnabled: true, datasetUrl: url } };
    expect(readSettings(stored).updates.datasetUrl).toBe(expected);
  });
  it('an http URL is not saved, with the reason', () => {
    const next = { ...DEFAULT_SETTINGS, updates: { ...DEFAULT_SETTINGS.updates, datasetUrl: 'http://data.example.org/d.json' } };
    expect(settingsSchema.safeParse(next).error?.issues[0]?.message).toBe('the update URL must be an https URL');
  });
});
