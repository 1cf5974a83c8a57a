/**
 * The coverage report of `npm run data:check`: what the dataset holds and which of the entities and
 * cases the product promises are missing.
 */
import { newestFirst } from './date-spec';
import { entityTypes, sourceTiers, type Case, type Dataset, type Source } from './schema';

/** The cases and entities the first release must cover (issue 2). */
export const REQUIRED_CASE_IDS = [
  'abrego-garcia-i',
  'abrego-garcia-4th-cir',
  'noem-v-abrego-garcia',
  'us-v-abrego-garcia',
  'abrego-garcia-ii',
  'abrego-garcia-removal',
  'jgg-v-trump',
] as const;

export const REQUIRED_ENTITY_IDS = [
  'kilmar-abrego-garcia', 'jennifer-vasquez-sura', 'paula-xinis', 'waverly-crenshaw', 'nayib-bukele',
  'donald-trump', 'marco-rubio', 'kristi-noem', 'pam-bondi', 'todd-blanche', 'stephen-miller', 'tom-homan',
  'jd-vance', 'karoline-leavitt', 'robert-cerna', 'joseph-mazzara', 'evan-katz', 'michael-kozak',
  'erez-reuveni', 'drew-ensign', 'jonathan-guynn', 'simon-sandoval-moshenberg', 'chris-van-hollen',
  'todd-lyons', 'j-harvie-wilkinson', 'john-roberts', 'sonia-sotomayor', 'james-boasberg', 'cecot', 'ms-13',
  'ice', 'dhs', 'doj', 'state-department', 'el-salvador', 'us-supreme-court', 'fourth-circuit',
  'district-of-maryland', 'middle-district-of-tennessee',
] as const;

export function missingRequired(data: Dataset): string[] {
  const have = new Set([...data.entities.map((e) => e.id), ...data.cases.map((c) => c.id)]);
  return [...REQUIRED_ENTITY_IDS, ...REQUIRED_CASE_IDS].filter((id) => !have.has(id));
}

/** Every source cited by a claim of the case: its status, events and the roles of its people. */
function caseSources(data: Dataset, c: Case): Source[] {
  const roles = data.entities.flatMap((e) => e.roles.filter((r) => r.caseId === c.id).flatMap((r) => r.sources));
  return [...c.statusSources, ...c.events.flatMap((ev) => ev.sources), ...roles];
}

function allCitations(data: Dataset): Source[] {
  return [
    ...data.entities.flatMap((e) => [...e.sources, ...e.roles.flatMap((r) => r.sources)]),
    ...data.cases.flatMap((c) => [...c.statusSources, ...c.events.flatMap((ev) => ev.sources)]),
  ];
}

const tierCounts = (sources: readonly Source[]) => sourceTiers.map((t) => sources.filter((s) => s.tier === t).length);
const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));

/** One row per case: people, events, the newest event, the status as of, its citations by tier, the docket. */
export function coverageTable(data: Dataset): string[] {
  const header = ['case', 'status', 'as of', 'people', 'events', 'newest event', `sources ${sourceTiers.map((t) => t[0]).join('/')}`, 'docket'];
  const rows = data.cases.map((c) => {
    const newest = [...c.events].sort((a, b) => newestFirst(a.date, b.date))[0];
    const people = data.entities.filter((e) => e.type === 'person' && e.roles.some((r) => r.caseId === c.id)).length;
    return [
      c.id,
      c.status + (c.statusUncertain ? '?' : ''),
      c.statusAsOf,
      String(people),
      String(c.events.length),
      newest?.date ?? '-',
      tierCounts(caseSources(data, c)).join('/'),
      c.docket ? 'confirmed' : '-',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  return [header, ...rows].map((r) => r.map((cell, i) => pad(cell, widths[i] ?? 0)).join('  ').trimEnd());
}

/** The share of each tier among all citations ("primary 6%, outlet 31%..."). */
export function tierShares(data: Dataset): string {
  const all = allCitations(data);
  const counts = tierCounts(all);
  return sourceTiers.map((t, i) => `${t} ${Math.round(((counts[i] ?? 0) * 100) / Math.max(1, all.length))}% (${counts[i]})`).join(', ');
}

export function coverageReport(data: Dataset): string[] {
  const lines: string[] = [`Dataset v${data.version}, as of ${data.asOf}: valid.`];
  const byType = entityTypes.map((t) => `${data.entities.filter((e) => e.type === t).length} ${t === "person" ? "people" : `${t}s`}`);
  lines.push(`Entities: ${data.entities.length} (${byType.join(', ')})`);
  const aliases = data.entities.reduce((n, e) => n + e.aliases.length, 0);
  lines.push(`Aliases: ${aliases} on entities, ${data.cases.reduce((n, c) => n + c.aliases.length, 0)} on cases`);
  lines.push(`Cases: ${data.cases.length} in ${data.topics.length} topics; events: ${data.cases.reduce((n, c) => n + c.events.length, 0)}`);
  lines.push(...coverageTable(data).map((l) => `  ${l}`));
  const citations = allCitations(data);
  lines.push(`Citations: ${citations.length}, of ${new Set(citations.map((s) => s.url)).size} distinct sources`);
  lines.push(`Citations by tier: ${tierShares(data)}`);
  const missing = missingRequired(data);
  lines.push(missing.length ? `MISSING required: ${missing.join(', ')}` : 'All required entities and cases are present.');
  return lines;
}
