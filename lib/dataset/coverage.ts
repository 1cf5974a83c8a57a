/**
 * The coverage report of `npm run data:check`: what the dataset holds and which of the entities and
 * cases the product promises are missing.
 */
import { entityTypes, type Dataset } from './schema';

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

export function coverageReport(data: Dataset): string[] {
  const lines: string[] = [`Dataset v${data.version}, as of ${data.asOf}: valid.`];
  const byType = entityTypes.map((t) => `${data.entities.filter((e) => e.type === t).length} ${t}s`);
  lines.push(`Entities: ${data.entities.length} (${byType.join(', ')})`);
  const aliases = data.entities.reduce((n, e) => n + e.aliases.length, 0);
  lines.push(`Aliases: ${aliases} on entities, ${data.cases.reduce((n, c) => n + c.aliases.length, 0)} on cases`);
  lines.push(`Cases: ${data.cases.length}`);
  for (const c of data.cases) {
    const docket = c.docket ? c.docket : 'no verified docket';
    const flag = c.statusUncertain ? ', status date uncertain' : '';
    lines.push(`  ${c.id}: ${c.status} as of ${c.statusAsOf}${flag}; ${c.events.length} events; ${docket}`);
  }
  const urls = new Set<string>();
  const addUrls = (sources: { url: string }[]) => sources.forEach((s) => urls.add(s.url));
  data.entities.forEach((e) => {
    addUrls(e.sources);
    e.roles.forEach((r) => addUrls(r.sources));
  });
  data.cases.forEach((c) => {
    addUrls(c.statusSources);
    c.events.forEach((ev) => addUrls(ev.sources));
  });
  lines.push(`Distinct sources: ${urls.size}`);
  const missing = missingRequired(data);
  lines.push(missing.length ? `MISSING required: ${missing.join(', ')}` : 'All required entities and cases are present.');
  return lines;
}
