/**
 * `npm run bench:first-mark`: the time from navigation to the first mark on the demo articles, in
 * Chromium with the production build, with the service worker warm (it just answered another page)
 * and stopped (stopped through the DevTools protocol right before the navigation, as Chrome does to
 * an idle worker after 30 s). The time is the page's own clock: `performance.now()` when the first
 * `caselens-mark` element enters the DOM, counted from the navigation's start.
 *
 * Baseline, in the same run: the build of an earlier commit (BASELINE_REF, default dfffd30: the
 * dataset of the first seven cases, before the many-cases work), built into a temporary git worktree.
 * BASELINE_DIR=path uses an existing build instead; BASELINE_DIR=none skips it. RUNS=N loads per figure.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { CHROME_BUILD_DIR, REPO_ROOT } from '../support/paths';
import { startServer, type TestServer } from '../support/server';

const RUNS = Number(process.env.RUNS ?? 15);
const BASELINE_REF = process.env.BASELINE_REF ?? 'dfffd30';
const ARTICLES = {
  'demo article (Ábrego García)': 'assets/demo/article.html',
  'second demo article (Cook)': 'assets/demo/cook-article.html',
};
/** Records when the first mark appears, before any of the page's scripts run. */
const FIRST_MARK_INIT = `(() => {
  const seen = () => { if (window.__firstMark === undefined) window.__firstMark = performance.now(); };
  new MutationObserver((records, obs) => {
    for (const r of records) for (const n of r.addedNodes) {
      if (n.nodeType === 1 && (n.localName === 'caselens-mark' || n.querySelector?.('caselens-mark'))) { seen(); obs.disconnect(); return; }
    }
  }).observe(document, { childList: true, subtree: true });
})();`;

function baselineBuild(): { dir: string; cleanup: () => void } | null {
  if (process.env.BASELINE_DIR === 'none') return null;
  if (process.env.BASELINE_DIR) return { dir: process.env.BASELINE_DIR, cleanup: () => undefined };
  const tree = mkdtempSync(path.join(os.tmpdir(), 'caselens-baseline-'));
  execFileSync('git', ['worktree', 'add', '--detach', tree, BASELINE_REF], { cwd: REPO_ROOT, stdio: 'ignore' });
  symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(tree, 'node_modules'));
  execFileSync('npx', ['wxt', 'build'], { cwd: tree, stdio: 'ignore' });
  return {
    dir: path.join(tree, '.output/chrome-mv3'),
    cleanup: () => execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: REPO_ROOT, stdio: 'ignore' }),
  };
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

async function firstMarkMs(browser: ExtensionBrowser, url: string): Promise<number> {
  const page: Page = await browser.context.newPage();
  try {
    await page.addInitScript(FIRST_MARK_INIT);
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __firstMark?: number }).__firstMark !== undefined, null, { timeout: 15_000 });
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
  /** Stopped loads during which Chrome started the worker again. */
  restarts: number;
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
    for (const [label, route] of articles) {
      const url = server.url(route);
      const row: Row = { build, article: label, warm: [], stopped: [], restarts: 0 };
      await firstMarkMs(browser, url); // warms the worker and the HTTP cache
      for (let i = 0; i < RUNS; i++) {
        row.warm.push(await firstMarkMs(browser, url));
        await stopWorker(cdp, versions);
        const before = starts;
        row.stopped.push(await firstMarkMs(browser, url));
        // The stopped worker was started again by this page's messages (else the figure is not of a stopped worker).
        if (starts > before) row.restarts++;
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
  const routes = Object.fromEntries(Object.values(ARTICLES).map((f) => [`/${path.basename(f)}`, readFileSync(path.join(REPO_ROOT, f), 'utf8')]));
  const server = await startServer({ routes });
  const all = Object.entries(ARTICLES).map(([label, f]) => [label, `/${path.basename(f)}`] as [string, string]);
  const baseline = baselineBuild();
  try {
    const rows: Row[] = [];
    if (baseline) rows.push(...(await measure(`baseline (${process.env.BASELINE_DIR ? 'BASELINE_DIR' : BASELINE_REF})`, baseline.dir, server, all.slice(0, 1))));
    rows.push(...(await measure('this build', CHROME_BUILD_DIR, server, all)));
    console.log(`First mark after navigation, ms (page clock), ${RUNS} loads each; median (p90)\n`);
    console.log('| build | article | worker warm | worker stopped | stopped − warm | worker restarted |');
    console.log('|---|---|---|---|---|---|');
    for (const r of rows) {
      const w = median(r.warm);
      const s = median(r.stopped);
      console.log(`| ${r.build} | ${r.article} | ${w.toFixed(0)} (${p90(r.warm).toFixed(0)}) | ${s.toFixed(0)} (${p90(r.stopped).toFixed(0)}) | ${(s - w).toFixed(0)} | ${r.restarts} of ${r.stopped.length} |`);
    }
    const [base, cur] = [rows.find((r) => r.build.startsWith('baseline')), rows.find((r) => r.build === 'this build')];
    if (base && cur) {
      console.log(`\nratio this build / baseline on the demo article: warm ${(median(cur.warm) / median(base.warm)).toFixed(2)}x, stopped ${(median(cur.stopped) / median(base.stopped)).toFixed(2)}x`);
    }
  } finally {
    baseline?.cleanup();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
export {};
