/**
 * `npm run bench:scale`: the matcher at the size of a much larger dataset. A generated dataset of
 * 1,000 cases and 20,000 aliases (deterministic made-up names, shaped like ours: people with full names
 * and surnames, organizations with abbreviations, case captions) is compiled and loaded from its
 * serialized form (what the background does), and matched over synthetic text of 10,000 to 1,000,000
 * words; the bundled dataset is the baseline, in the same run. Targets: compiling within 20 ms, and time
 * growing linearly with the text.
 */
import { bundledDataset } from '../../assets/dataset/index';
import { toMatchIndex } from '../../lib/dataset/match-index';
import type { Dataset } from '../../lib/dataset/schema';
import { compileMatcher, findPageMentions, loadMatcher, serializeMatcher, type CompiledMatcher } from '../../lib/match/index';
import { ALIASES, CASES, generatedDataset, stream } from './generated-dataset';

const TEXT_SIZES = [10_000, 100_000, 1_000_000];
function timeIt(fn: () => void, minMs = 300): number {
  fn();
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < minMs || runs < 3) {
    fn();
    runs++;
  }
  return (performance.now() - start) / runs;
}

/** Common words with one of the dataset's names every 40 words. */
function text(words: number, names: readonly string[]): string {
  const vocab = 'the court said that a judge ruled on Tuesday and officials were asked to respond while lawyers argued over the order'.split(' ');
  const next = stream(3);
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    out.push(i % 40 === 0 ? names[next() % names.length]! : vocab[next() % vocab.length]!);
    if (i % 20 === 19) out.push('.\n');
  }
  return out.join(' ');
}

function measure(label: string, dataset: Dataset) {
  const index = toMatchIndex(dataset);
  const aliases = index.entries.reduce((n, e) => n + e.aliases.length + (e.aliasName ? 1 : 0), 0);
  const t0 = performance.now();
  const matcher = compileMatcher(index);
  const cold = performance.now() - t0;
  const warm = timeIt(() => compileMatcher(index));
  const serialized = JSON.stringify(serializeMatcher(matcher));
  const load = timeIt(() => loadMatcher(JSON.parse(serialized)));
  const names = dataset.entities.slice(0, 200).map((e) => e.name);
  const rates = TEXT_SIZES.map((size) => {
    const t = text(size, names);
    const ms = timeIt(() => findPageMentions(matcher as CompiledMatcher, [t]), size >= 1_000_000 ? 1 : 300);
    return { size, ms, rate: size / (ms / 1000) / 1e6 };
  });
  return { label, entries: index.entries.length, aliases, cold, warm, load, kb: serialized.length / 1024, rates };
}

const rows = [measure('bundled dataset (baseline)', bundledDataset), measure(`generated: ${CASES} cases, ~${ALIASES} aliases`, generatedDataset())];
console.log('| dataset | entries | aliases | compile cold ms | compile warm ms | load serialized ms | serialized KB | ' + TEXT_SIZES.map((s) => `${s.toLocaleString('en')} words`).join(' | ') + ' |');
console.log('|---|---|---|---|---|---|---|' + TEXT_SIZES.map(() => '---').join('|') + '|');
for (const r of rows) {
  console.log(`| ${r.label} | ${r.entries} | ${r.aliases} | ${r.cold.toFixed(1)} | ${r.warm.toFixed(1)} | ${r.load.toFixed(1)} | ${r.kb.toFixed(0)} | ${r.rates.map((x) => `${x.ms.toFixed(1)} ms (${x.rate.toFixed(2)} M words/s)`).join(' | ')} |`);
}
const [, big] = rows;
if (big) {
  const [a, , c] = big.rates;
  if (a && c) console.log(`\nlinearity (generated): 1,000,000 words took ${(c.ms / a.ms).toFixed(0)}x the time of 10,000 words (100x is linear)`);
  console.log(`compile ratio generated / bundled: ${(big.warm / (rows[0]?.warm ?? 1)).toFixed(1)}x (target: within 20 ms)`);
}
