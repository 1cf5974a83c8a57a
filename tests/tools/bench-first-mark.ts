/**
 * `npm run bench:first-mark`: the time from navigation to the first mark on the demo articles, in
 * Chromium with the production build, with the service worker warm (it just answered another page)
 * and stopped (stopped through the DevTools protocol right before the navigation, as Chrome does to
 * an idle worker after 30 s). The time is the page's own clock: `performance.now()` when the first
 * `caselens-mark` element enters the DOM, counted from the navigation's start.
 *
 * Three ways, each a build measured in the same run:
 *   rules only     the build of an earlier commit (BASELINE_REF, default 4942337: today's dataset, before
 *                  compromise came into the extension), built into a temporary git worktree;
 *                  BASELINE_DIR=path uses an existing build instead; BASELINE_DIR=none skips it
 *   eager import   this tree with compromise imported by the service worker and run in its thread
 *                  (EAGER_TAGGER below replaces entrypoints/background/tagger.ts in a temporary worktree);
 *                  EAGER=none skips it
 *   this build     compromise in a Worker of its own (an offscreen document's in Chrome)
 * and three states of the background: warm (it just answered the same page), stopped (the service worker
 * stopped through the DevTools protocol right before the navigation) and cold (stopped, and the offscreen
 * document closed too, as after the browser starts). Also: the background's time per page (`caselens:match`
 * measures, warm loads), the sentences it sent to the tagger, and each build's script sizes.
 * RUNS=N loads per figure.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { CHROME_BUILD_DIR, REPO_ROOT } from '../support/paths';
import { startServer, type TestServer } from '../support/server';

const RUNS = Number(process.env.RUNS ?? 15);
const BASELINE_REF = process.env.BASELINE_REF ?? '4942337';
const ARTICLES = {
  'demo article (Ábrego García)': 'assets/demo/article.html',
  'second demo article (Cook)': 'assets/demo/cook-article.html',
  'look-alike page (Lisa and Tim Cook)': '/lookalike.html',
};
/** A short page whose first paragraph the rules can't settle alone (a bare "Cook" after Tim Cook is named): its first mark waits for the tagger. */
const LOOKALIKE_PAGE = `<!doctype html><html><head><title>Fed fight</title></head><body><article>
<h1>Fed governor fights removal</h1>
<p>Fed Governor Lisa Cook sued to keep her seat on the Federal Reserve Board after President Trump tried to fire her; Judge Jia M. Cobb blocked the firing, and Trump v. Cook went to the Supreme Court. Separately, Tim Cook, who runs Apple, spoke at an event. Cook said the phones would ship soon. Lisa Cook's lawyers filed again on Monday, and Cook said she would fight the removal in court.</p>
${Array.from({ length: 6 }, (_, i) => `<p>The Federal Reserve Board sets interest rates for the country, and its governors serve long terms that are meant to keep the central bank apart from the politics of the day; paragraph ${i + 1} of the background.</p>`).join('\n')}
</article></body></html>`;
/** The eager variant of entrypoints/background/tagger.ts: compromise imported by the service worker itself. */
const EAGER_TAGGER = `import type { ExtensionMessenger } from '@webext-core/messaging';
import type { TagSentences } from '../../lib/match/batched-tags';
import { parseSentences } from '../../lib/match/disambiguate-compromise';
import type { ProtocolMap } from '../../lib/protocol';

export function startTagger(_messaging: ExtensionMessenger<ProtocolMap>): TagSentences {
  return (sentences) => Promise.resolve(parseSentences(sentences));
}
`;
/** Records when the first mark appears, before any of the page's scripts run. */
const FIRST_MARK_INIT = `(() => {
  const seen = () => { if (window.__firstMark === undefined) window.__firstMark = performance.now(); };
  new MutationObserver((records, obs) => {
    for (const r of records) for (const n of r.addedNodes) {
      if (n.nodeType === 1 && (n.localName === 'caselens-mark' || n.querySelector?.('caselens-mark'))) { seen(); obs.disconnect(); return; }
    }
  }).observe(document, { childList: true, subtree: true });
})();`;

interface Build {
  dir: string;
  cleanup: () => void;
}

/** A temporary worktree at `ref`, with `prepare` run in it, built. */
function buildIn(ref: string, prepare: (tree: string) => void = () => undefined): Build {
  const tree = mkdtempSync(path.join(os.tmpdir(), 'caselens-bench-build-'));
  execFileSync('git', ['worktree', 'add', '--detach', tree, ref], { cwd: REPO_ROOT, stdio: 'ignore' });
  const cleanup = () => execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: REPO_ROOT, stdio: 'ignore' });
  try {
    symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(tree, 'node_modules'));
    prepare(tree);
    execFileSync('npx', ['wxt', 'build'], { cwd: tree, stdio: 'ignore' });
  } catch (e) {
    cleanup();
    throw e;
  }
  return { dir: path.join(tree, '.output/chrome-mv3'), cleanup };
}

function baselineBuild(): Build | null {
  if (process.env.BASELINE_DIR === 'none') return null;
  if (process.env.BASELINE_DIR) return { dir: process.env.BASELINE_DIR, cleanup: () => undefined };
  return buildIn(BASELINE_REF);
}

/** This tree (with its uncommitted changes) and the eager tagger in place of the worker's. */
function eagerBuild(): Build | null {
  if (process.env.EAGER === 'none') return null;
  const diff = execFileSync('git', ['diff', 'HEAD', '--binary'], { cwd: REPO_ROOT });
  return buildIn('HEAD', (tree) => {
    if (diff.length > 0) execFileSync('git', ['apply', '--whitespace=nowarn'], { cwd: tree, input: diff });
    writeFileSync(path.join(tree, 'entrypoints/background/tagger.ts'), EAGER_TAGGER);
  });
}

const SCRIPTS: Record<string, string> = {
  'service worker': 'background.js',
  'tagger worker': 'tagger-worker.js',
  'content script': 'content-scripts/caselens.js',
};
function sizes(dir: string): string {
  return Object.entries(SCRIPTS)
    .map(([label, file]) => {
      const f = path.join(dir, file);
      return `${label} ${existsSync(f) ? `${Math.round(statSync(f).size / 1024)} KB` : 'none'}`;
    })
    .join(', ');
}

/** Stops the extension's service worker and waits until Chrome reports it stopped. */
async function stopWorker(cdp: CDPSession, versions: Map<string, string>): Promise<void> {
  await cdp.send('ServiceWorker.stopAllWorkers');
  const until = Date.now() + 5000;
  while ([...versions.values()].some((s) => s !== 'stopped')) {
    if (Date.now() > until) throw new Error(`service worker did not stop: ${[...versions.values()].join(', ')}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function firstMarkMs(browser: ExtensionBrowser, url: string, state = 'warm'): Promise<number> {
  const page: Page = await browser.context.newPage();
  try {
    await page.addInitScript(FIRST_MARK_INIT);
    await page.goto(url);
    await page
      .waitForFunction(() => (window as unknown as { __firstMark?: number }).__firstMark !== undefined, null, { timeout: 15_000 })
      .catch((e: unknown) => {
        throw new Error(`no mark on ${url} within 15 s (${state}): ${String(e)}`);
      });
    return await page.evaluate(() => (window as unknown as { __firstMark: number }).__firstMark);
  } finally {
    await page.close();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? (s[(s.length - 1) / 2] ?? NaN) : ((s[s.length / 2 - 1] ?? 0) + (s[s.length / 2] ?? 0)) / 2;
};
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))] ?? NaN;

interface Row {
  build: string;
  article: string;
  warm: number[];
  stopped: number[];
  cold: number[];
  /** Stopped or cold loads during which Chrome started the worker again (else the figure is not of a stopped worker). */
  restarts: number;
  /** The background's `caselens:match` time per warm load, and the sentences it sent to the tagger. */
  backgroundMs: number[];
  sentences: number[];
}

/** The background's `caselens:match` measures since the last call (then cleared): total ms and sentences sent to the tagger. */
async function takeBackground(browser: ExtensionBrowser): Promise<{ ms: number; sentences: number }> {
  const worker = browser.context.serviceWorkers().at(-1);
  if (!worker) return { ms: NaN, sentences: NaN };
  return worker
    .evaluate(() => {
      const entries = performance.getEntriesByName('caselens:match') as PerformanceMeasure[];
      performance.clearMeasures('caselens:match');
      return {
        ms: entries.reduce((t, e) => t + e.duration, 0),
        sentences: entries.reduce((t, e) => t + ((e.detail as { sentences?: number } | null)?.sentences ?? 0), 0),
      };
    })
    .catch(() => ({ ms: NaN, sentences: NaN }));
}

async function measure(build: string, dir: string, server: TestServer, articles: [string, string][]): Promise<Row[]> {
  const browser = await launchWithExtension({ extensionDir: dir });
  const rows: Row[] = [];
  try {
    // A DevTools session on an extension page sees the extension's service worker.
    const ext = await browser.context.newPage();
    await ext.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=1`);
    const cdp = await browser.context.newCDPSession(ext);
    const versions = new Map<string, string>();
    let starts = 0;
    cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { versionId: string; runningStatus: string; scriptURL: string }[] }) => {
      for (const v of e.versions) {
        if (!v.scriptURL.startsWith('chrome-extension://')) continue;
        if (v.runningStatus === 'starting' && versions.get(v.versionId) !== 'starting') starts++;
        versions.set(v.versionId, v.runningStatus);
      }
    });
    await cdp.send('ServiceWorker.enable');
    const closeOffscreen = () =>
      ext.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: { offscreen?: { closeDocument(): Promise<void> } } }).chrome.offscreen;
        await api?.closeDocument().catch(() => undefined);
      });
    for (const [label, route] of articles) {
      const url = server.url(route);
      const row: Row = { build, article: label, warm: [], stopped: [], cold: [], restarts: 0, backgroundMs: [], sentences: [] };
      await firstMarkMs(browser, url); // warms the worker and the HTTP cache
      for (let i = 0; i < RUNS; i++) {
        await takeBackground(browser);
        row.warm.push(await firstMarkMs(browser, url));
        await new Promise((r) => setTimeout(r, 300)); // the rest of the page's blocks
        const bg = await takeBackground(browser);
        row.backgroundMs.push(bg.ms);
        row.sentences.push(bg.sentences);
        for (const state of ['stopped', 'cold'] as const) {
          await stopWorker(cdp, versions);
          if (state === 'cold') await closeOffscreen();
          const before = starts;
          row[state].push(await firstMarkMs(browser, url, state));
          if (starts > before) row.restarts++;
          await firstMarkMs(browser, url); // warm again
        }
      }
      rows.push(row);
    }
  } finally {
    await browser.close();
  }
  return rows;
}

async function main() {
  if (!existsSync(path.join(CHROME_BUILD_DIR, 'manifest.json'))) throw new Error('No build: run `npm run build` first.');
  // An article is a file of the repository, served under its name, or a route given here.
  const routes: Record<string, string> = { '/lookalike.html': LOOKALIKE_PAGE };
  const all = Object.entries(ARTICLES).map(([label, f]): [string, string] => {
    if (f.startsWith('/')) return [label, f];
    routes[`/${path.basename(f)}`] = readFileSync(path.join(REPO_ROOT, f), 'utf8');
    return [label, `/${path.basename(f)}`];
  });
  const server = await startServer({ routes });
  const builds: { label: string; build: Build | null }[] = [];
  try {
    builds.push({ label: `rules only (${process.env.BASELINE_DIR ? 'BASELINE_DIR' : BASELINE_REF})`, build: baselineBuild() });
    builds.push({ label: 'eager import in the service worker', build: eagerBuild() });
    builds.push({ label: 'this build (tagger in a worker)', build: { dir: CHROME_BUILD_DIR, cleanup: () => undefined } });
    const rows: Row[] = [];
    for (const { label, build } of builds) {
      if (build) rows.push(...(await measure(label, build.dir, server, all).catch((e: unknown) => Promise.reject(new Error(`${label}: ${String(e)}`)))));
    }
    console.log(`First mark after navigation, ms (page clock), ${RUNS} loads each; median (p90)\n`);
    console.log('| build | article | warm | stopped | cold | background per page, warm (ms) | sentences tagged | worker restarted |');
    console.log('|---|---|---|---|---|---|---|---|');
    const cell = (xs: number[]) => `${median(xs).toFixed(0)} (${p90(xs).toFixed(0)})`;
    for (const r of rows) {
      console.log(`| ${r.build} | ${r.article} | ${cell(r.warm)} | ${cell(r.stopped)} | ${cell(r.cold)} | ${median(r.backgroundMs).toFixed(1)} (${p90(r.backgroundMs).toFixed(1)}) | ${median(r.sentences)} | ${r.restarts} of ${r.stopped.length + r.cold.length} |`);
    }
    console.log('\nScript sizes:');
    for (const { label, build } of builds) if (build) console.log(`  ${label}: ${sizes(build.dir)}`);
    const base = rows.filter((r) => r.build.startsWith('rules only'));
    if (base.length > 0) {
      console.log('\nRatio to rules only, per article (median warm / stopped / cold):');
      for (const r of rows) {
        const b = base.find((x) => x.article === r.article);
        if (!b || b === r) continue;
        const q = (k: 'warm' | 'stopped' | 'cold') => (median(r[k]) / median(b[k])).toFixed(2);
        console.log(`  ${r.build}, ${r.article}: ${q('warm')}x / ${q('stopped')}x / ${q('cold')}x`);
      }
    }
  } finally {
    for (const { build } of builds) build?.cleanup();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
export {};
