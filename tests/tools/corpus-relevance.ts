/**
 * `npm run --silent relevance`: which saved pages of ../shared/corpus get marks, and why. For each such
 * page: the cases it is about, the names that made it about them (a case's own name, or someone specific
 * to it), and every name marked, with counts. The same rule as the extension and the scanner CLI
 * (lib/match/relevance). `--json` prints the report as JSON.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { bundledDataset } from '../../assets/dataset/index';
import { compileMatcher, findPageMentions } from '../../lib/match/index';
import { activates } from '../../lib/match/relevance';
import { casesMentioned } from '../../lib/match/resolve';
import { CORPUS_DIR } from '../support/paths';
import { htmlBlocks } from './extract-text';

export interface PageRelevance {
  page: string;
  cases: string[];
  /** Names specific to those cases that the page names (or the cases' own names). */
  because: string[];
  marked: Record<string, number>;
}

export function corpusPages(dir = CORPUS_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(path.join(dir, d.name)).filter((f) => f.endsWith('.html')).sort().map((f) => `${d.name}/${f}`));
}

export function corpusRelevance(dir = CORPUS_DIR): { pages: number; marked: PageRelevance[] } {
  const matcher = compileMatcher(bundledDataset);
  const byId = new Map(matcher.targets.map((t) => [t.id, t]));
  const pages = corpusPages(dir);
  const marked: PageRelevance[] = [];
  for (const page of pages) {
    const mentions = findPageMentions(matcher, htmlBlocks(readFileSync(path.join(dir, page), 'utf8'))).flat();
    if (mentions.length === 0) continue;
    const counts: Record<string, number> = {};
    for (const m of mentions) counts[m.entityId] = (counts[m.entityId] ?? 0) + 1;
    const cases = casesMentioned(matcher.targets, counts);
    const because = Object.keys(counts).filter((id) => {
      const t = byId.get(id);
      return t !== undefined && activates(t) && t.caseIds.some((c) => cases.includes(c));
    });
    marked.push({ page, cases, because, marked: counts });
  }
  return { pages: pages.length, marked };
}

if (process.argv[1]?.endsWith('corpus-relevance.ts')) {
  const report = corpusRelevance();
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else {
    console.log(`${report.marked.length} of ${report.pages} corpus pages get marks.`);
    for (const r of report.marked) {
      const names = Object.entries(r.marked).map(([id, n]) => `${id} ×${n}`).join(', ');
      console.log(`- ${r.page}: about ${r.cases.join(', ') || '(no case)'} because of ${r.because.join(', ') || '-'}; marked ${names}`);
    }
  }
}
