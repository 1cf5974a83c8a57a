import { describe, expect, it } from 'vitest';
import { MAX_SEEN_PER_CASE, withSeen } from '../../../lib/view/seen-events';

const cases = new Set(['case-one', 'case-two']);

describe('seen event ids stay bounded', () => {
  it('drops the ids of cases no longer in the data when one is written', () => {
    const stored = { 'case-one': ['a'], 'gone-case': ['x', 'y'], 'case-two': ['b'] };
    expect(withSeen(stored, cases, 'case-one', ['a', 'c'])).toEqual({ 'case-one': ['a', 'c'], 'case-two': ['b'] });
  });
  it.each([
    ['garbage', 'x'],
    ['an array', [1, 2]],
    ['values that are not lists of strings', { 'case-two': 'b', 'case-one': [1, 'ok'] }],
  ])('re-reads %s as untrusted', (_label, stored) => {
    const out = withSeen(stored, cases, 'case-two', ['e']);
    expect(out['case-two']).toEqual(['e']);
    expect(Object.values(out).flat().every((x) => typeof x === 'string')).toBe(true);
  });
  it('caps each case and stores nothing for a case not in the data', () => {
    const many = Array.from({ length: MAX_SEEN_PER_CASE + 5 }, (_, i) => `e${i}`);
    expect(withSeen({ 'case-one': many }, cases, 'not-a-case', ['z'])).toEqual({ 'case-one': many.slice(0, MAX_SEEN_PER_CASE) });
  });
});
