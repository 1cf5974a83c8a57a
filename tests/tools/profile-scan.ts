/**
 * `npx tsx tests/tools/profile-scan.ts [BUILD_DIR]`: a CPU profile of the content script over corpus pages,
 * self time summed per function (the extension's own code only), to see where the scan's time goes.
 * `npm run profile:scan` builds it unminified (readable names) into .output/profile first. PROFILE_FUNCS: the
 * functions whose inclusive time to print, comma-separated.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension } from '../support/browser';
import { CORPUS_DIR } from '../support/paths';
import { startServer } from '../support/server';

const SAMPLE = Number(process.env.BENCH_PAGES ?? 70);
const INCLUSIVE = (process.env.PROFILE_FUNCS ?? 'main,activate,findArticleRoot,collectBlocks,markBlocks,iterateBlocks,annotateBlock,sendMessage,startHover,installMarkStyles,observeChanges,readLiteSettings').split(',');

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

async function main() {
  const all = ['readability', 'scrapinghub'].flatMap((d) =>
    readdirSync(path.join(CORPUS_DIR, d)).filter((f) => f.endsWith('.html')).map((f) => `/corpus/${d}/${f}`));
  const pages = SAMPLE <= 0 ? all : Array.from({ length: SAMPLE }, (_, i) => all[Math.floor((i * all.length) / SAMPLE)] ?? '');
  const server = await startServer({ roots: { '/corpus/': CORPUS_DIR } });
  const ext = await launchWithExtension({ extensionDir: process.argv[2] });
  const host = new URL(server.url('/')).host;
  await ext.context.route((u) => /^(https?|wss?):$/.test(u.protocol) && u.host !== host, (r) => r.abort());
  const page = await ext.context.newPage();
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let scanTotal = 0;
  for (const p of pages) {
    await cdp.send('Profiler.start');
    await page.goto(server.url(p), { waitUntil: 'load', timeout: 8000 }).catch(() => undefined);
    await page.waitForFunction(() => performance.getEntriesByName('caselens:pass').length > 0, undefined, { timeout: 8000 }).catch(() => undefined);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    scanTotal += await page.evaluate(() => performance.getEntriesByName('caselens:scan').reduce((a, e) => a + e.duration, 0)).catch(() => 0);
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const own = (n: ProfileNode) => n.callFrame.url.startsWith('chrome-extension://');
    const name = (n: ProfileNode) => `${n.callFrame.functionName || '(anon)'} ${path.basename(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
    profile.samples.forEach((id, i) => {
      const n = byId.get(id);
      if (!n) return;
      let key: string | undefined;
      if (own(n)) key = name(n);
      else {
        // native work (DOM bindings, GC, regexp) called from our code: charged to the caller, marked
        for (let a = parent.get(n.id); a !== undefined; a = parent.get(a)) {
          const an = byId.get(a);
          if (an && own(an)) { key = `[${n.callFrame.functionName || n.callFrame.url || '?'}] <- ${name(an)}`; break; }
        }
      }
      // inclusive time of the functions named in PROFILE_FUNCS (each counted once per sample)
      const seen = new Set<string>();
      for (let a: number | undefined = n.id; a !== undefined; a = parent.get(a)) {
        const an = byId.get(a);
        const fn = an?.callFrame.functionName ?? '';
        if (an && own(an) && INCLUSIVE.includes(fn) && !seen.has(fn)) {
          seen.add(fn);
          inclusive.set(fn, (inclusive.get(fn) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
        }
      }
      if (!key) return;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
  }
  await ext.close();
  await server.close();
  const rows = [...self.entries()].sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((a, r) => a + r[1], 0);
  console.log(`${pages.length} pages; caselens:scan sum ${scanTotal.toFixed(1)} ms; extension self time sampled ${total.toFixed(1)} ms`);
  for (const f of INCLUSIVE) console.log(`inclusive ${f}: ${(inclusive.get(f) ?? 0).toFixed(1)} ms (${((inclusive.get(f) ?? 0) / pages.length).toFixed(2)} ms/page)`);
  for (const [k, v] of rows.slice(0, 45)) console.log(`${v.toFixed(1).padStart(8)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
}
main().catch((e: unknown) => { console.error(e); process.exit(1); });
