/**
 * The generated dataset `npm run bench:scale` measures (and the schema limits' test lets through):
 * 1,000 cases and 20,000 aliases, deterministic made-up names shaped like ours.
 */
import type { Dataset, Entity } from '../../lib/dataset/schema';

export const CASES = 1_000;
export const ALIASES = 20_000;
const source = { url: 'https://example.org/s', publisher: 'Example', tier: 'outlet' as const, date: '2025-01-01' };

/** A deterministic pseudo-random stream (so every run benchmarks the same dataset and text). */
export function stream(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648);
}

const SYLLABLES = 'ka lo mi ne ru sa ti vo be da fe gi ho ju la mo na pe qui re so ta ve xa yo ze'.split(' ');
export function word(next: () => number, parts = 3): string {
  let w = '';
  for (let i = 0; i < parts; i++) w += SYLLABLES[next() % SYLLABLES.length];
  return w[0]!.toUpperCase() + w.slice(1);
}

/** 1,000 cases with 19 people each (a full name and a surname alias: 2 aliases) plus a caption alias: 20,000 aliases. */
export function generatedDataset(): Dataset {
  const next = stream(11);
  const entities: Entity[] = [];
  const cases: Dataset['cases'] = [];
  const perCase = Math.floor((ALIASES - CASES) / CASES / 2);
  for (let c = 0; c < CASES; c++) {
    const caseId = `case-${c}`;
    const plaintiff = word(next, 3);
    for (let p = 0; p < perCase; p++) {
      const first = word(next, 2);
      const last = `${word(next, 3)}${c}x${p}`;
      entities.push({
        id: `p-${c}-${p}`, type: 'person', name: `${first} ${last}`, aliases: [{ text: last, kind: 'surname' }],
        title: 'Test', summary: 'Test.', sources: [source], roles: [{ caseId, role: 'Party', sources: [source] }],
      });
    }
    cases.push({
      id: caseId, topic: 't', caption: `${plaintiff} v. ${word(next, 3)}`, shortName: `${plaintiff} case ${c}`, courtId: 'court', level: 'district',
      judges: [], status: 'pending', statusLine: 'Open.', statusAsOf: '2025-01-01', statusSources: [source],
      aliases: [{ text: `${plaintiff} v. United States ${c}`, kind: 'name' }], relatedCaseIds: [], events: [],
    });
  }
  entities.push({ id: 'court', type: 'court', name: 'Test Court', aliases: [], title: 'Court', summary: 'A court.', sources: [source], roles: [] });
  return { version: 1, asOf: '2025-12-01', topics: [{ id: 't', label: 'T' }], entities, cases };
}

