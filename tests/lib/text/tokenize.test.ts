import { describe, expect, it } from 'vitest';
import { casingOf, tokenize } from '../../../lib/text/tokenize';

describe('tokenize', () => {
  it('splits on spaces, hyphens, apostrophes and punctuation, keeping offsets', () => {
    const text = "Abrego-Garcia's U.S. case, Xinisville";
    expect(tokenize(text).map((t) => [t.raw, t.folded, t.start, t.end])).toEqual([
      ['Abrego', 'abrego', 0, 6],
      ['Garcia', 'garcia', 7, 13],
      ['s', 's', 14, 15],
      ['U.S.', 'us', 16, 20],
      ['case', 'case', 21, 25],
      ['Xinisville', 'xinisville', 27, 37],
    ]);
  });

  it('folds accents, decomposed or not', () => {
    expect(tokenize('Ábrego García').map((t) => t.folded)).toEqual(['abrego', 'garcia']);
    expect(tokenize('A\u0301brego').map((t) => t.folded)).toEqual(['abrego']);
  });

  it.each([
    ['ICE', 'upper'],
    ['Ice', 'title'],
    ['ice', 'lower'],
    ['13', 'other'],
    ['A', 'title'],
    ['McGuire', 'title'],
  ])('casingOf(%s) = %s', (raw, casing) => expect(casingOf(raw)).toBe(casing));
});
