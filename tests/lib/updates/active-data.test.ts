/**
 * The background's active data: a stored update is re-validated on every read (content scripts can
 * write storage.local), compiled within the budget, and when it can't be used the bundled data is,
 * remembered until the stored value changes (one validation and one compile, not one per scan pass).
 */
import { describe, expect, it, vi } from 'vitest';
import { toMatchIndex } from '../../../lib/dataset/match-index';
import { compileMatcher } from '../../../lib/match/compile';
import { findPageMentions } from '../../../lib/match/index';
import { createActiveData } from '../../../lib/updates/active-data';
import * as validate from '../../../lib/dataset/validate';
import { miniDataset } from '../../fixtures/mini-dataset';

const bundled = miniDataset();
const bundledMatcher = compileMatcher(toMatchIndex(bundled));
const renamed = { ...miniDataset(), asOf: '2026-02-28', entities: miniDataset().entities.map((e) => (e.id === 'person-b' ? { ...e, name: 'Bea Newname' } : e)) };
const today = () => '2026-03-01';
const names = (m: Parameters<typeof findPageMentions>[0]) => findPageMentions(m, ['Ben Party met Bea Newname.']).flat().map((x) => x.text);

describe('the active data in the background', () => {
  it('uses a stored update that passes every check, with its own matcher', async () => {
    const active = createActiveData({ readStored: async () => renamed, bundled, bundledMatcher: () => bundledMatcher, today });
    const got = await active.get();
    expect(got.source).toBe('update');
    expect(names(got.matcher)).toEqual(['Bea Newname']);
  });

  it.each([
    ['nothing stored', undefined],
    ['a planted value that is not a dataset', { version: 1, asOf: '2026-02-28', entities: [], cases: [] }],
    ['a planted update over a limit', { ...renamed, entities: renamed.entities.map((e) => ({ ...e, aliases: Array.from({ length: 65 }, (_, i) => ({ text: `Alias ${i}`, kind: 'name' as const })) })) }],
    ['a planted update for another version', { ...renamed, version: 99 }],
  ])('uses the bundled data with %s', async (_label, stored) => {
    const active = createActiveData({ readStored: async () => stored, bundled, bundledMatcher: () => bundledMatcher, today });
    const got = await active.get();
    expect(got).toMatchObject({ source: 'bundled', dataset: bundled });
    expect(names(got.matcher)).toEqual(['Ben Party']);
  });

  it('falls back to the bundled matcher when the compile fails, says so once, and does not retry on every pass', async () => {
    const compile = vi.fn(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    const onUnusable = vi.fn();
    const validations = vi.spyOn(validate, 'validateDataset');
    const active = createActiveData({ readStored: async () => renamed, bundled, bundledMatcher: () => bundledMatcher, today, compile: { compile }, onUnusable });
    for (let pass = 0; pass < 5; pass++) expect((await active.get()).source).toBe('bundled');
    expect(names((await active.get()).matcher)).toEqual(['Ben Party']);
    expect(compile).toHaveBeenCalledTimes(1);
    expect(validations).toHaveBeenCalledTimes(1);
    expect(onUnusable).toHaveBeenCalledWith(expect.stringMatching(/could not be compiled \(Maximum call stack size exceeded\)\. The bundled data is in use\./));
    validations.mockRestore();
  });

  it('validates a stored update once for a whole hour of once-a-minute alarm ticks with nothing due', async () => {
    const validations = vi.spyOn(validate, 'validateDataset');
    const reads = vi.fn(async () => renamed);
    const active = createActiveData({ readStored: reads, bundled, bundledMatcher: () => bundledMatcher, today });
    for (let tick = 0; tick < 60; tick++) expect((await active.get()).dataset.asOf).toBe('2026-02-28');
    expect(validations).toHaveBeenCalledTimes(1);
    expect(reads).toHaveBeenCalledTimes(1);
    validations.mockRestore();
  });

  it('re-reads and re-validates after the stored update changed', async () => {
    let stored: unknown = renamed;
    const active = createActiveData({ readStored: async () => stored, bundled, bundledMatcher: () => bundledMatcher, today });
    expect((await active.get()).source).toBe('update');
    stored = { ...renamed, version: 2 ** 53 - 1 };
    expect((await active.get()).source).toBe('update');
    active.forget();
    expect((await active.get()).source).toBe('bundled');
  });

  it('uses the bundled data when storage cannot be read', async () => {
    const active = createActiveData({ readStored: () => Promise.reject(new Error('gone')), bundled, bundledMatcher: () => bundledMatcher, today });
    expect((await active.get()).source).toBe('bundled');
  });
});
