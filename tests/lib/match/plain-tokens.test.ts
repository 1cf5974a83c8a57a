/** Compiling tokenizes plain names (ASCII letters, digits, spaces) without regular expressions: the same tokens as `tokenize`. */
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../../assets/dataset/index';
import { plainTokens } from '../../../lib/match/compile';
import { tokenize } from '../../../lib/text/tokenize';

const names = [
  ...bundledDataset.entities.flatMap((e) => [e.name, ...e.aliases.map((a) => a.text)]),
  ...bundledDataset.cases.flatMap((c) => [c.caption, c.shortName, ...c.aliases.map((a) => a.text)]),
  'A  B', ' lead', 'trail ', 'MS13 x9', '', '   ',
];

describe('plainTokens', () => {
  it('gives exactly what tokenize gives, for every plain name of the dataset and some odd spacing', () => {
    let plain = 0;
    for (const text of names) {
      const got = plainTokens(text);
      if (got === null) continue;
      plain++;
      expect(got, text).toEqual(tokenize(text).map(({ start, end, raw, folded }) => ({ start, end, raw, folded })));
    }
    expect(plain).toBeGreaterThan(300);
  });

  it('leaves any other text to tokenize', () => {
    for (const text of ['Ábrego García', 'U.S. Department', "O'Brien", 'MS-13', 'Tab\there']) expect(plainTokens(text), text).toBeNull();
  });
});
