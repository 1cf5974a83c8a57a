/**
 * `npm run --silent scan -- [--json] [--no-tagger] FILE...`: the mentions of the dataset's entities and cases
 * in each file (.txt: the whole file; .html: the article text, blocks joined by a blank line), with
 * compromise's tagger settling the names the rules can't (lib/match/settle), or with the rules alone.
 * `npm run --silent scan -- --entities`: the dataset's entities and cases as JSON.
 * Exit code 2 when a file can't be read (the others are still reported).
 */
import { readFileSync } from 'node:fs';
import { bundledDataset } from '../../assets/dataset/index';
import { compromiseMatchOptions } from '../../lib/match/disambiguate-compromise';
import { compileMatcher, findPageMentions, type Mention } from '../../lib/match/index';
import { BLOCK_SEPARATOR, htmlBlocks } from './extract-text';

const EXIT_UNREADABLE = 2;

interface FileReport {
  file: string;
  mentions: Mention[];
}

function entitiesJson(): unknown[] {
  return [
    ...bundledDataset.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases.map((a) => a.text) })),
    ...bundledDataset.cases.map((c) => ({ id: c.id, name: c.shortName, type: 'case', aliases: c.aliases.map((a) => a.text) })),
  ];
}

/** Per-block mentions shifted into the offsets of the blocks joined by BLOCK_SEPARATOR. */
function joinMentions(blocks: readonly string[], perBlock: readonly Mention[][]): Mention[] {
  const out: Mention[] = [];
  let offset = 0;
  blocks.forEach((text, i) => {
    for (const m of perBlock[i] ?? []) out.push({ ...m, start: m.start + offset, end: m.end + offset });
    offset += text.length + BLOCK_SEPARATOR.length;
  });
  return out;
}

function table(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    lines.push(`${r.file}: ${r.mentions.length} mention${r.mentions.length === 1 ? '' : 's'}`);
    for (const m of r.mentions) lines.push(`  ${String(m.start).padStart(6)}-${String(m.end).padEnd(6)} ${m.type.padEnd(12)} ${m.text.replace(/\s+/g, ' ').padEnd(32)} ${m.entityId}`);
  }
  return lines.join('\n');
}

function main(argv: readonly string[]): number {
  if (argv.includes('--entities')) {
    process.stdout.write(`${JSON.stringify(entitiesJson(), null, 2)}\n`);
    return 0;
  }
  const json = argv.includes('--json');
  const files = argv.filter((a) => !a.startsWith('--'));
  const matcher = compileMatcher(bundledDataset);
  const options = argv.includes('--no-tagger') ? {} : compromiseMatchOptions();
  const reports: FileReport[] = [];
  let code = 0;
  for (const file of files) {
    let content: string;
    try {
      content = readFileSync(file, 'utf8');
    } catch (err) {
      process.stderr.write(`scan: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}\n`);
      code = EXIT_UNREADABLE;
      continue;
    }
    const blocks = /\.html?$/i.test(file) ? htmlBlocks(content) : [content];
    reports.push({ file, mentions: joinMentions(blocks, findPageMentions(matcher, blocks, options)) });
  }
  process.stdout.write(json ? `${JSON.stringify(reports, null, 2)}\n` : `${table(reports)}\n`);
  return code;
}

process.exitCode = main(process.argv.slice(2));
