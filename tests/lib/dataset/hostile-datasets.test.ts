/**
 * The three hostile datasets of issue 11 item 3, each of which hung or crashed the matcher when it
 * was compiled (24 s, a stack overflow, 16 s): each is now refused by a schema limit that names the
 * field, quickly, and the bundled matcher keeps finding names right after. Also: the limits let the
 * bundled data and a generated dataset of 1,000 cases and 20,000 aliases through.
 */
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../../assets/dataset/index';
import { DATASET_LIMITS, type Dataset } from '../../../lib/dataset/schema';
import { validateDataset } from '../../../lib/dataset/validate';
import { findPageMentions } from '../../../lib/match/index';
import { aliasForms } from '../../../lib/match/derive-aliases';
import { decideUpdate } from '../../../lib/updates/decide-update';
import { compileWithinBudget } from '../../../lib/updates/compile-update';
import { generatedDataset } from '../../tools/generated-dataset';

const TODAY = '2026-12-01';
/** Each refusal, from the text to the verdict, within this (the old code took seconds or crashed). */
const QUICK_MS = 1_000;
const src = { url: 'https://example.org/s', publisher: 'Example', tier: 'outlet' as const, date: '2025-01-01' };

function withHostileEntity(aliases: string[]): Dataset {
  const d = structuredClone(bundledDataset);
  d.entities.push({
    id: 'hostile', type: 'organization', name: 'Hostile Org', aliases: aliases.map((text) => ({ text, kind: 'name' as const })),
    title: 'T', summary: 'S.', sources: [src], roles: [],
  });
  return { ...d, asOf: TODAY };
}

/** "Zqa", "Zqb", … : 5,000 distinct words of letters only. */
const letters = (n: number): string => (n < 26 ? '' : letters(Math.floor(n / 26) - 1)) + String.fromCharCode(97 + (n % 26));
const distinctWords = Array.from({ length: 5_000 }, (_, i) => `Zq${letters(i)}`);

describe.each([
  ['"a" followed by 80,000 spaces', ['a' + ' '.repeat(80_000)], /entities\[\d+\] \(hostile\)\.aliases\[0\]\.text: at most 200 characters/],
  ['a 20,000-letter alias', ['a'.repeat(20_000)], /entities\[\d+\] \(hostile\)\.aliases\[0\]\.text: at most 200 characters/],
  ['5,000 distinct first words', distinctWords, /entities\[\d+\] \(hostile\)\.aliases: at most 64 aliases per entity or case/],
])('a dataset with %s', (_label, aliases, reason) => {
  it('is rejected quickly, naming the field', () => {
    const text = JSON.stringify(withHostileEntity(aliases));
    const bundled = { version: bundledDataset.version, asOf: bundledDataset.asOf };
    const start = performance.now();
    const d = decideUpdate({ text, byteLength: text.length, installed: bundled, bundled, today: TODAY, maxBytes: 10 * 1024 * 1024 });
    expect(performance.now() - start).toBeLessThan(QUICK_MS);
    expect(d).toMatchObject({ kind: 'reject', reason: 'invalid' });
    expect(d.message).toMatch(reason);
  });

  it('leaves the bundled matcher working right after', () => {
    const compiled = compileWithinBudget(bundledDataset);
    expect(compiled.ok).toBe(true);
    if (!compiled.ok) return;
    const found = findPageMentions(compiled.matcher, ['Judge Paula Xinis ruled on Ábrego García’s case.']).flat().map((m) => m.entityId);
    expect(found).toContain('paula-xinis');
  });
});

describe('what the hostile datasets broke, fixed where it broke', () => {
  it('derives aliases from "a" + 80,000 spaces in linear time (it took 24 s)', () => {
    const start = performance.now();
    aliasForms('a' + ' '.repeat(80_000) + 'b', [{ text: '(' + ' '.repeat(80_000), kind: 'name' }], 'person');
    expect(performance.now() - start).toBeLessThan(200);
  });

  it('compiles 5,000 distinct first words, spread within the limits, within the budget', () => {
    const d = withHostileEntity([]);
    for (let i = 0; i < distinctWords.length; i += 50) {
      d.entities.push({ id: `spread-${i}`, type: 'organization', name: `Spread Org ${i}`, aliases: distinctWords.slice(i, i + 50).map((text) => ({ text, kind: 'name' as const })), title: 'T', summary: 'S.', sources: [src], roles: [] });
    }
    expect(validateDataset(d, TODAY).ok).toBe(true);
    const compiled = compileWithinBudget(d);
    expect(compiled).toMatchObject({ ok: true });
  });

  it('compiles and matches a dataset with a 200-letter alias (the old prefilter regex overflowed the stack at 20,000 letters)', () => {
    const long = 'A' + 'á'.repeat(199);
    const compiled = compileWithinBudget(withHostileEntity([long]));
    expect(compiled.ok).toBe(true);
    if (compiled.ok) expect(findPageMentions(compiled.matcher, [`It was ${long} again.`]).flat().map((m) => m.entityId)).toContain('hostile');
  });
});

describe('the limits let real and large data through', () => {
  it('the bundled dataset', () => {
    expect(validateDataset(bundledDataset, TODAY).ok).toBe(true);
  });
  it('a generated dataset of 1,000 cases and 20,000 aliases (tests/tools/bench-scale), compiled within the budget', () => {
    const d = generatedDataset();
    expect(validateDataset(d, TODAY)).toMatchObject({ ok: true });
    const compiled = compileWithinBudget(d);
    expect(compiled).toMatchObject({ ok: true });
  });
  it('names the limit of a dataset too large as a whole', () => {
    const d = { ...bundledDataset, padding: 'x'.repeat(DATASET_LIMITS.totalChars) };
    expect(validateDataset(d, TODAY)).toMatchObject({ ok: false, problems: [{ where: '(root)', message: expect.stringMatching(/over the limit of 20971520/) }] });
  });
  it.each([
    ['cases', () => ({ ...bundledDataset, cases: Array.from({ length: DATASET_LIMITS.cases + 1 }, () => bundledDataset.cases[0]) }), /^cases$/, /at most 5000 cases/],
    ['events', () => ({ ...bundledDataset, cases: [{ ...bundledDataset.cases[0]!, events: Array.from({ length: DATASET_LIMITS.eventsPerCase + 1 }, () => bundledDataset.cases[0]!.events[0]) }] }), /^cases\[0\] \([a-z0-9-]+\)\.events$/, /at most 500 events per case/],
  ])('names the limit on %s', (_label, make, where, message) => {
    const result = validateDataset(make(), TODAY);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.some((p) => where.test(p.where) && message.test(p.message))).toBe(true);
  });
});
