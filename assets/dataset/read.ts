/**
 * Reads the hand-written dataset from this folder (Node only: the build, the tests and the tools) and
 * assembles it (lib/dataset/assemble.ts). The extension itself gets the assembled, validated dataset
 * from the build (`virtual:caselens-dataset`, ./dataset-plugin.ts), never these files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assembleDataset, whereWritten, type Assembled, type DatasetFiles, type Problem } from '../../lib/dataset/assemble';
import type { EntityType } from '../../lib/dataset/schema';
import { validateDataset, type ValidationResult } from '../../lib/dataset/validate';

export const DATASET_DIR = path.dirname(fileURLToPath(import.meta.url));

/** Entity files, by the type they hold. */
export const ENTITY_FILES: Record<string, EntityType> = {
  'entities/people.json': 'person',
  'entities/organizations.json': 'organization',
  'entities/places.json': 'place',
  'entities/courts.json': 'court',
};

function readJson(dir: string, file: string, problems: Problem[]): unknown {
  try {
    return JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  } catch (e) {
    problems.push({ where: file, message: e instanceof Error ? e.message : String(e) });
    return undefined;
  }
}

/** The case files: `cases/<topic>/<id>.json`, in a stable order (topic, then file name). */
function caseFiles(dir: string, problems: Problem[]): DatasetFiles['caseFiles'] {
  const out: DatasetFiles['caseFiles'] = [];
  const topics = readdirSync(path.join(dir, 'cases'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  for (const topic of topics) {
    for (const name of readdirSync(path.join(dir, 'cases', topic)).sort()) {
      const file = `cases/${topic}/${name}`;
      if (!name.endsWith('.json')) problems.push({ where: file, message: 'only .json case files belong in cases/<topic>/' });
      else out.push({ file, topic, data: readJson(dir, file, problems) });
    }
  }
  return out;
}

export function readDatasetFiles(dir = DATASET_DIR): { files: DatasetFiles; problems: Problem[] } {
  const problems: Problem[] = [];
  const files: DatasetFiles = {
    meta: readJson(dir, 'meta.json', problems),
    topics: readJson(dir, 'topics.json', problems),
    entityFiles: Object.entries(ENTITY_FILES).map(([file, type]) => ({ file, type, data: readJson(dir, file, problems) })),
    caseFiles: caseFiles(dir, problems),
    sites: readJson(dir, 'sources/sites.json', problems),
    denyList: readJson(dir, 'sources/deny-list.json', problems),
  };
  return { files, problems };
}

export interface CheckedDataset {
  assembled: Assembled;
  /** Every problem, by file, entry and field: reading, assembling and validating. */
  problems: Problem[];
  result: ValidationResult;
}

/** Reads, assembles and validates the dataset in `dir`. `today` (YYYY-MM-DD) bounds every date. */
export function checkDatasetDir(dir = DATASET_DIR, today = new Date().toISOString().slice(0, 10)): CheckedDataset {
  const read = readDatasetFiles(dir);
  const assembled = assembleDataset(read.files);
  const result = validateDataset(assembled.dataset, today);
  const validation = result.ok ? [] : result.problems.map((p) => ({ ...p, where: whereWritten(p.where, assembled.origins) }));
  // A source whose site has no tier is already named (at its url); the schema's "no tier" would say it twice.
  const untiered = new Set(assembled.problems.filter((p) => p.where.endsWith('.url')).map((p) => p.where.slice(0, -'.url'.length)));
  const fresh = validation.filter((p) => !(p.where.endsWith('.tier') && untiered.has(p.where.slice(0, -'.tier'.length))));
  return { assembled, result, problems: [...read.problems, ...assembled.problems, ...fresh] };
}
