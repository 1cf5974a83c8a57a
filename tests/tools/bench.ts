/**
 * `npm run bench [-- --no-baseline]`: the matcher's speed on the saved corpus (../shared/corpus, text
 * extracted with lib/scan + linkedom, extraction not timed) and on synthetic articles of 1,500 to
 * 1,000,000 words, against full compromise `nlp(text).people()` on the same text (words counted the same
 * way for both: whitespace-separated); compile time, heap retained for 100,000 words, bundle sizes.
 * Both sides are warmed up before timing. Run with --expose-gc for the heap figure (the script re-runs
 * itself with it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import { bundledDataset } from '../../assets/dataset/index';
import { compileMatcher, createPageContext, findPageMentions, type CompiledMatcher } from '../../lib/match/index';
import { htmlBlocks } from './extract-text';

if (typeof global.gc !== 'function' && !process.env.CASELENS_BENCH_CHILD) {
  const r = spawnSync(process.execPath, ['--expose-gc', ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, CASELENS_BENCH_CHILD: '1' },
  });
  process.exit(r.status ?? 1);
}

const ROOT = path.resolve(import.meta.dirname, '../..');
const CORPUS = path.resolve(ROOT, '../shared/corpus');
const SIZES = [1_500, 10_000, 100_000, 1_000_000];
const BASELINE_MAX_WORDS = 10_000;
const ARTICLE_WORDS = 1_500;
/** Corpus pages compromise parses before it is timed (JIT and lexicon warm-up; a full run takes a minute). */
const BASELINE_WARMUP_PAGES = 10;
const HEAP_WORDS = 100_000;
const BASELINE = !process.argv.includes('--no-baseline');
const NAME_EVERY = 40;
const MB = 1024 * 1024;

const countWords = (t: string) => t.split(/\s+/).filter(Boolean).length;

function timeIt(fn: () => void, minMs = 200): number {
  fn();
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < minMs || runs < 1) {
    fn();
    runs++;
  }
  return (performance.now() - start) / runs;
}

/** Deterministic text: common words with a dataset name every NAME_EVERY words. */
function synthetic(words: number): string {
  const vocab = 'the court said that a judge ruled on Tuesday and officials were asked to return him from prison while lawyers argued over the order in Maryland'.split(' ');
  const names = ['Kilmar Abrego Garcia', 'Judge Paula Xinis', 'ICE', 'Nayib Bukele', 'the Supreme Court', 'Garcia', 'Trump Tower', 'Sylvia Garcia', 'El Salvador'];
  const out: string[] = [];
  let seed = 7;
  for (let i = 0; i < words; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    out.push(i % NAME_EVERY === 0 ? (names[(i / NAME_EVERY) % names.length] ?? '') : (vocab[seed % vocab.length] ?? ''));
    if (i % 20 === 19) out.push('.\n');
  }
  return out.join(' ');
}

const run = (m: CompiledMatcher, blocks: string[]) => findPageMentions(m, blocks);
const baseCell = (base: number) => (Number.isNaN(base) ? '-' : fmt(base));
const ratioCell = (base: number, ms: number) => (Number.isNaN(base) ? '-' : `${(base / ms).toFixed(0)}x`);
const rows: string[][] = [['text', 'words', 'matcher ms', 'words/s', 'compromise ms', 'ratio']];
const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(2));
const rate = (words: number, ms: number) => `${(words / (ms / 1000) / 1e6).toFixed(2)} M`;

const t0 = performance.now();
const matcher = compileMatcher(bundledDataset);
const coldCompile = performance.now() - t0;
const warmCompile = timeIt(() => compileMatcher(bundledDataset));

if (existsSync(CORPUS)) {
  const pages: string[][] = [];
  for (const dir of readdirSync(CORPUS, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const f of readdirSync(path.join(CORPUS, dir.name)).filter((n) => n.endsWith('.html'))) {
      pages.push(htmlBlocks(readFileSync(path.join(CORPUS, dir.name, f), 'utf8')));
    }
  }
  const words = pages.reduce((n, p) => n + countWords(p.join(' ')), 0);
  const ms = timeIt(() => pages.forEach((p) => run(matcher, p)), 1000);
  let base = NaN;
  if (BASELINE) {
    pages.slice(0, BASELINE_WARMUP_PAGES).forEach((p) => nlp(p.join('\n\n')).people());
    const t = performance.now();
    pages.forEach((p) => nlp(p.join('\n\n')).people());
    base = performance.now() - t;
  }
  rows.push([`corpus (${pages.length} pages)`, String(words), fmt(ms), rate(words, ms), baseCell(base), ratioCell(base, ms)]);
} else {
  console.log(`(corpus not found at ${CORPUS}: skipped)`);
}

for (const size of SIZES) {
  const text = synthetic(size);
  const words = countWords(text);
  const ms = timeIt(() => run(matcher, [text]), size >= 1_000_000 ? 1 : 300);
  let base = NaN;
  if (BASELINE && size <= BASELINE_MAX_WORDS) base = timeIt(() => nlp(text).people(), 1);
  rows.push([`synthetic ${size}`, String(words), fmt(ms), rate(words, ms), baseCell(base), ratioCell(base, ms)]);
}

/** Heap and array buffers (typed arrays live outside the JS heap) in use after a full collection. */
function retained(): number {
  global.gc?.();
  global.gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}
const text100k = synthetic(HEAP_WORDS);
const before = retained();
const heapPage = createPageContext(matcher);
heapPage.addBlock(text100k);
const heapResults = heapPage.resolve();
const heapMb = (retained() - before) / MB;
const heapMentions = heapResults.flat().length;

function bundleSize(entry: string): string {
  try {
    const out = execFileSync('npx', ['esbuild', '--bundle', '--minify', '--format=esm', entry], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * MB });
    return `${(out.length / 1024).toFixed(0)} KB`;
  } catch {
    return 'n/a';
  }
}

const article = synthetic(ARTICLE_WORDS);
const perArticleMs = timeIt(() => run(matcher, [article]));
const table = [rows[0] ?? [], rows[0]?.map(() => '---') ?? [], ...rows.slice(1)];
console.log(table.map((r) => `| ${r.join(' | ')} |`).join('\n'));
console.log(`\ntime per 1,500-word article: ${perArticleMs.toFixed(3)} ms`);
console.log(`compile: cold ${coldCompile.toFixed(1)} ms, warm ${warmCompile.toFixed(2)} ms (target < 20 ms)`);
console.log(
  `retained heap for a ${HEAP_WORDS.toLocaleString('en')}-word text (page context + its ${heapMentions} mentions, after gc): ${heapMb.toFixed(2)} MB (target <= 5 MB)${global.gc ? '' : ' [no --expose-gc: rough]'}`,
);
void heapPage;
console.log(`bundle (esbuild --minify): lib/match/index.ts ${bundleSize('lib/match/index.ts')}; with tagger lib/match/disambiguate-compromise.ts ${bundleSize('lib/match/disambiguate-compromise.ts')}`);
