import { describe, expect, it } from 'vitest';
import { decideUpdate } from '../../../lib/updates/decide-update';
import { isNewer } from '../../../lib/updates/freshness';
import { miniDataset } from '../../fixtures/mini-dataset';

const TODAY = '2026-03-01';
const installed = { version: 1, asOf: '2026-02-27' };
const json = (v: unknown) => JSON.stringify(v);
const bundled = installed;
const decide = (text: string, byteLength = text.length, maxBytes?: number) => decideUpdate({ text, byteLength, installed, bundled, today: TODAY, maxBytes });

describe('which dataset is newer', () => {
  it.each([
    [{ version: 2, asOf: '2026-01-01' }, true],
    [{ version: 1, asOf: '2026-02-28' }, true],
    [{ version: 1, asOf: '2026-02-27' }, false],
    [{ version: 1, asOf: '2026-02-01' }, false],
    [{ version: 0, asOf: '2027-01-01' }, false],
  ])('%j is newer than v1 of 2026-02-27: %s', (candidate, expected) => {
    expect(isNewer(candidate, installed)).toBe(expected);
  });
});

describe('deciding on a fetched update', () => {
  it('accepts a valid, newer dataset', () => {
    const d = decide(json({ ...miniDataset(), asOf: '2026-02-28' }));
    expect(d).toMatchObject({ kind: 'accept', message: 'Updated to version 1, as of 2026-02-28.' });
    expect(d.kind === 'accept' && d.dataset.cases.length).toBe(2);
  });

  it.each([
    ['malformed JSON', '{"version": 1,', 'malformed', /not valid JSON/],
    ['schema-invalid data', json({ ...miniDataset(), asOf: '2026-02-28', cases: [{ id: 'Bad Id' }] }), 'invalid', /does not match the dataset schema \(cases\[0\]/],
    ['a dataset failing the consistency checks', json({ ...miniDataset(), asOf: '2026-02-28', entities: [] }), 'invalid', /unknown|does not match/],
    ['an older date', json({ ...miniDataset(), version: 1, asOf: '2026-01-01' }), 'not-newer', /is not newer than the data in use \(version 1, as of 2026-02-27\)/],
    // The lock-in: a huge version used to outrank every later release's bundled data for good.
    ['a higher version than this release is built for', json({ ...miniDataset(), version: 2 ** 53 - 1, asOf: '2026-02-28' }), 'other-version', /built for dataset version 9007199254740991; this CaseLens release uses version 1/],
    ['the same data again', json(miniDataset()), 'up-to-date', /^Already up to date \(version 1, as of 2026-02-27\)\.$/],
    ['a dataset dated in the future', json({ ...miniDataset(), asOf: '2027-01-01' }), 'invalid', /in the future/],
  ])('rejects %s', (_label, text, reason, message) => {
    const d = decide(text);
    expect(d).toMatchObject({ kind: 'reject', reason });
    expect(d.message).toMatch(message);
  });

  it('rejects an oversized body before parsing it', () => {
    const d = decide('not even json', 3_000_000);
    expect(d).toEqual({ kind: 'reject', reason: 'oversized', message: 'The update is 3000000 bytes, over the 2097152-byte limit.' });
  });

  it('names at most three problems', () => {
    const bad = { ...miniDataset(), asOf: '2026-02-28', cases: [{}, {}, {}, {}] };
    expect(decide(json(bad)).message).toMatch(/and \d+ more\)\.$/);
  });
});

describe('the rule that no update outranks a later release for good', () => {
  const update = json({ ...miniDataset(), asOf: '2026-02-28' });
  it.each([
    ['this release (v1 of 2026-02-27)', { version: 1, asOf: '2026-02-27' }, 'accept'],
    ['a later release with the same version and later data (2026-03-01)', { version: 1, asOf: '2026-03-01' }, 'reject'],
    ['a later release that bumps the version', { version: 2, asOf: '2026-01-01' }, 'reject'],
  ])('an update v1 of 2026-02-28 against %s: %s', (_label, release, kind) => {
    const d = decideUpdate({ text: update, byteLength: update.length, installed: release, bundled: release, today: TODAY });
    expect(d.kind).toBe(kind);
  });
});

describe('compiling the update as part of accepting it', () => {
  const text = json({ ...miniDataset(), asOf: '2026-02-28' });
  const input = { text, byteLength: text.length, installed, bundled, today: TODAY };
  it('accepts with the compiled matcher, which finds the update\'s names', () => {
    const d = decideUpdate(input);
    expect(d.kind === 'accept' && d.matcher.root.next.has('ada')).toBe(true);
  });
  it('rejects an update whose compile overruns the budget', () => {
    let t = 0;
    const d = decideUpdate({ ...input, compile: { budgetMs: 50, clock: () => (t += 60) } });
    expect(d).toMatchObject({ kind: 'reject', reason: 'uncompilable', message: expect.stringMatching(/took 60 ms, over the 50 ms budget/) });
  });
  it('rejects an update whose compile throws', () => {
    const d = decideUpdate({ ...input, compile: { compile: () => { throw new RangeError('Maximum call stack size exceeded'); } } });
    expect(d).toMatchObject({ kind: 'reject', reason: 'uncompilable', message: expect.stringMatching(/could not be compiled \(Maximum call stack/) });
  });
});
