/**
 * The fast scan against the plain definitions it replaces: the same tokens as `tokenize`, every possible
 * first token among the filter's hits, the same candidates as "tokenize and walk the trie from every
 * token", and the same conflict cues as running the whole-word cue pattern over the text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../../assets/dataset/index';
import { casingFits, joinable, scanBlock } from '../../../lib/match/candidates';
import { addCueAliases } from '../../../lib/match/cues';
import { compileMatcher } from '../../../lib/match/index';
import { FIRST_TOKEN } from '../../../lib/match/token-filter';
import type { CompiledMatcher, TrieNode } from '../../../lib/match/types';
import { ABBREVIATION_CONFLICT_CUES } from '../../../lib/match/word-lists';
import { FOLDS_TO_NOTHING, FOLDS_TO_OTHER, foldedCodeOf } from '../../../lib/text/char-class';
import { foldToken } from '../../../lib/text/normalize';
import { scanTokens } from '../../../lib/text/token-scan';
import { tokenize, type Token } from '../../../lib/text/tokenize';
import { testDataset } from './test-dataset';

const ARTICLES = path.resolve(__dirname, '../../fixtures/articles');
const articles = readdirSync(ARTICLES)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(path.join(ARTICLES, f), 'utf8'));

/** Texts where a hand-written scan could part from the regular expressions. */
const TRICKY = [
  "Abrego-Garcia's U.S. case, Xinisville",
  'U.S.Army A.B.C x.Garcia Mr.X. e.g. i.e., U.S.A. F.B.I.',
  'Ábrego García, A\u0301brego Garcia, Garci\u0301a, GARCÍA',
  '😀Garcia 𝐀Garcia 𝐀 Garcia \ud800Garcia Garcia\udc00 \udc00\ud800',
  '藍天 Xinis 於 ICE 回覆 Māori für Trump',
  'ſouth korea, \u212Aorea, KOREA, South Korea’s, south  korea, south\nkorea',
  'x\u0301india India’s indian INDIA2 1india Intercity-Express intercity express ICE',
  'In case of emergency, in case of emergency; in re, In Re J.G.G.',
  'Department of Health Services (DHS), demographic and health survey',
  'Σ ΣΑΣ ς İstanbul ǅemal Ⅻ ½ ٣ MS-13 MS13 4th Circuit, D.Md. D.D.C.',
  'Greenbelt, Maryland; Greenbelt,Maryland; Nashville,\nTennessee',
  '',
  '...',
  'a',
];
const TEXTS = [...TRICKY, ...articles];

const matcher = compileMatcher(bundledDataset);
const small = compileMatcher(testDataset);

describe('foldedCodeOf', () => {
  it('folds each BMP word character as foldToken folds it inside a word', () => {
    const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
    for (let c = 0x80; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (!WORD_CHAR.test(ch)) continue;
      const f = foldedCodeOf(c);
      if (f === FOLDS_TO_OTHER) continue;
      const expected = f === FOLDS_TO_NOTHING ? 'ab' : `a${String.fromCharCode(f)}b`;
      expect(foldToken(`a${ch}b`), `U+${c.toString(16)}`).toBe(expected);
      expect(foldToken(`A${ch}B`), `U+${c.toString(16)}`).toBe(expected);
    }
  });
});

describe('scanTokens', () => {
  it.each(TEXTS.map((t) => [t.slice(0, 40), t]))('finds the tokens of tokenize: %s', (_, text) => {
    const scan = scanTokens(text, matcher.tokenFilter);
    const got = Array.from({ length: scan.count }, (_v, k) => [scan.start[k], scan.end[k]]);
    expect(got).toEqual(tokenize(text).map((t) => [t.start, t.end]));
  });

  it('lists every token that folds to a first token among its hits', () => {
    for (const text of TEXTS) {
      const scan = scanTokens(text, matcher.tokenFilter);
      const hit = new Set<number>();
      for (let h = 0; h < scan.hitCount; h++) if (((scan.hitFlags[h] ?? 0) & FIRST_TOKEN) !== 0) hit.add(scan.hits[h] ?? -1);
      tokenize(text).forEach((t, k) => {
        if (matcher.root.next.has(t.folded)) expect(hit.has(k), `${t.raw} in ${text.slice(0, 40)}`).toBe(true);
      });
    }
  });
});

/** The candidates as they were defined before the fast scan: tokenize all, walk the trie from each token. */
function referenceCandidates(m: CompiledMatcher, text: string): [number, number, number[]][] {
  const tokens = tokenize(text);
  const out: [number, number, number[]][] = [];
  tokens.forEach((tok, i) => {
    const found: [number, number, number[]][] = [];
    let node: TrieNode | undefined = m.root.next.get(tok.folded);
    for (let j = i; node; j++) {
      const fits = node.aliases.filter((a) => casingFits(a, tokens, i));
      if (fits.length > 0) found.push([i, j, fits.map((a) => a.target)]);
      const cur = tokens[j] as Token;
      const nxt = tokens[j + 1];
      if (!nxt || j - i + 1 >= m.maxTokens) break;
      const child: TrieNode | undefined = node.next.get(nxt.folded);
      node = child && joinable(text, cur, nxt, child.afterComma) ? child : undefined;
    }
    out.push(...found.reverse());
  });
  return out;
}

describe('scanBlock', () => {
  it.each([
    ['bundled dataset', matcher],
    ['test dataset', small],
  ] as const)('finds the reference candidates (%s)', (_, m) => {
    for (const text of [...TEXTS, ...TEXTS.map((t) => t.toUpperCase()), ...TEXTS.map((t) => t.toLowerCase())]) {
      const got = scanBlock(m, text).candidates.map((c) => [c.first, c.last, c.aliases.map((a) => a.target)]);
      expect(got, text.slice(0, 60)).toEqual(referenceCandidates(m, text));
    }
  });
});

const cueOwner = new Map<string, string[]>();
for (const [alias, cues] of Object.entries(ABBREVIATION_CONFLICT_CUES)) for (const cue of cues) cueOwner.set(cue, [...(cueOwner.get(cue) ?? []), alias]);
const escapeCue = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CUE_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...cueOwner.keys()].sort((a, b) => b.length - a.length).map(escapeCue).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);
const referenceCues = (text: string) =>
  new Set([...text.matchAll(CUE_PATTERN)].flatMap((m) => cueOwner.get(m[0].toLowerCase()) ?? []));

/** Another country's top court puts both the U.S. court's capitalized and lower-case names in doubt. */
const TOP_COURT = ['Supreme Court', 'supreme court'];

/** One cue each, so one miss can't hide behind another. */
const CUE_CASES: [string, string[]][] = [
  ['the Supreme Court of India ruled', TOP_COURT],
  ['x\u0301india', TOP_COURT],
  ['ſouth korea', []],
  ['\u212Aorea', TOP_COURT],
  ['SOUTH KOREA', TOP_COURT],
  ['south  korea', TOP_COURT],
  ['Indiana', []],
  ['india2', []],
  ['Delhi’s', TOP_COURT],
  ['Intercity-Express', ['ICE']],
  ['in case of emergency', ['ICE']],
  ['in case of an emergency', []],
  ['é in case of emergency', ['ICE']],
  ['Court Appointed Special Advocate', ['CASA']],
  ['Ábrego of the Department of Health Services', ['DHS']],
  ['U.K. Supreme Court', []],
  ['the UK Supreme Court', TOP_COURT],
];

describe('addCueAliases', () => {
  it.each(CUE_CASES)('%s -> %j', (text, owners) => {
    for (const t of [text, `${text} é`, `𝐀 ${text}`]) {
      const got = new Set<string>();
      addCueAliases(t, scanTokens(t, matcher.tokenFilter), matcher.tokenFilter, got);
      expect([...got].sort()).toEqual([...referenceCues(t)].sort());
      expect([...got].sort()).toEqual(owners);
    }
  });

  it('finds the owners the whole-text pattern finds', () => {
    for (const text of [...TEXTS, ...TEXTS.map((t) => t.toUpperCase()), ...TEXTS.map((t) => `é ${t}`)]) {
      const got = new Set<string>();
      addCueAliases(text, scanTokens(text, matcher.tokenFilter), matcher.tokenFilter, got);
      expect([...got].sort(), text.slice(0, 60)).toEqual([...referenceCues(text)].sort());
    }
  });
});
