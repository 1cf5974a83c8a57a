/**
 * From the hand-written dataset to the assembled one (./schema). Pure: the files' parsed JSON in, the
 * assembled (still unvalidated) dataset out, with every problem named by file, entry and field.
 *
 * The hand-written form (assets/dataset/, read by assets/dataset/read.ts):
 *   meta.json                      { version, asOf }
 *   topics.json                    [{ id, label }]
 *   entities/<kind>.json           [entity without `type` (the file says it) and without `roles`]
 *   cases/<topic>/<case-id>.json   one case: its fields without `topic` (the folder says it), plus
 *                                  `people: [{ entityId, role, uncertain?, sources }]`, the roles of the people in it
 *   sources/sites.json             { host: tier }: the tier of every site a source may come from
 *   sources/deny-list.json         [{ site, reason }]: sites no source may come from
 * A source may give its own `tier` (a primary document on an outlet's site); otherwise its site's tier applies.
 */
import type { EntityType, SourceTier } from './schema';
import { sourceTiers } from './schema';

export interface DatasetFiles {
  meta: unknown;
  topics: unknown;
  /** `file`: path under assets/dataset/, e.g. "entities/people.json". */
  entityFiles: { file: string; type: EntityType; data: unknown }[];
  /** `topic`: the folder's name. */
  caseFiles: { file: string; topic: string; data: unknown }[];
  sites: unknown;
  denyList: unknown;
}

export interface Problem {
  where: string;
  message: string;
}

/** Where each entry of the assembled dataset was written, to name files in problems. */
export interface Origins {
  entities: { file: string; index: number }[];
  cases: string[];
  /** For `entities[i].roles[r]`: the case file and its `people` index. */
  roles: { file: string; index: number }[][];
}

export interface Assembled {
  dataset: Record<string, unknown>;
  origins: Origins;
  problems: Problem[];
}

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** The tier of `url`'s site: the longest listed suffix of its host ("archives.x.com" finds "x.com"). */
export function siteOf(url: string, sites: Readonly<Record<string, string>>): string | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return undefined;
  }
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) if (h in sites) return h;
  return undefined;
}

const isTier = (v: unknown): v is SourceTier => typeof v === 'string' && (sourceTiers as readonly string[]).includes(v);

interface SourceRules {
  sites: Readonly<Record<string, string>>;
  denied: ReadonlyMap<string, string>;
  add: (where: string, message: string) => void;
}

/** Gives every source its tier and checks it against the deny-list; returns the sources (copied). `where` names the array. */
function withTiers(sources: unknown, where: string, rules: SourceRules): unknown {
  if (!Array.isArray(sources)) return sources;
  return sources.map((s, k) => {
    if (!isRecord(s) || typeof s.url !== 'string') return s;
    const at = `${where}[${k}]`;
    const site = siteOf(s.url, rules.sites);
    for (const [bad, reason] of rules.denied) {
      if (siteOf(s.url, { [bad]: 'weak' }) === bad) rules.add(`${at}.url`, `${bad} is on the deny-list (${reason})`);
    }
    if (s.tier !== undefined) return { ...s };
    const tier = site ? rules.sites[site] : undefined;
    if (!isTier(tier)) {
      rules.add(`${at}.url`, `no tier for the site of ${s.url}: add its host to sources/sites.json or give the source a tier`);
      return { ...s };
    }
    return { ...s, tier };
  });
}

function readSites(sites: unknown, add: (w: string, m: string) => void): Record<string, string> {
  if (!isRecord(sites)) {
    add('sources/sites.json', 'must be an object of host: tier');
    return {};
  }
  for (const [host, tier] of Object.entries(sites)) {
    if (!isTier(tier)) add(`sources/sites.json: ${host}`, `tier must be one of ${sourceTiers.join(', ')}`);
  }
  return sites as Record<string, string>;
}

function readDenyList(list: unknown, add: (w: string, m: string) => void): Map<string, string> {
  const out = new Map<string, string>();
  if (!Array.isArray(list)) add('sources/deny-list.json', 'must be an array of { site, reason }');
  asArray(list).forEach((d, k) => {
    if (isRecord(d) && typeof d.site === 'string' && typeof d.reason === 'string') out.set(d.site.toLowerCase(), d.reason);
    else add(`sources/deny-list.json: [${k}]`, 'each entry is { site, reason }');
  });
  return out;
}

const label = (data: unknown, i: number) => (isRecord(data) && typeof data.id === 'string' ? `[${i}] (${data.id})` : `[${i}]`);

export function assembleDataset(files: DatasetFiles): Assembled {
  const problems: Problem[] = [];
  const add = (where: string, message: string) => problems.push({ where, message });
  const rules: SourceRules = { sites: readSites(files.sites, add), denied: readDenyList(files.denyList, add), add };
  const origins: Origins = { entities: [], cases: [], roles: [] };

  const entities: Json[] = [];
  const entityAt = new Map<string, number>();
  for (const { file, type, data } of files.entityFiles) {
    if (!Array.isArray(data)) add(file, 'must be an array of entities');
    asArray(data).forEach((e, index) => {
      const where = `${file}: ${label(e, index)}`;
      if (!isRecord(e)) return add(where, 'each entity is an object');
      if (e.type !== undefined && e.type !== type) add(`${where}.type`, `"${String(e.type)}" in ${file}, which holds ${type}s`);
      if ('roles' in e) add(`${where}.roles`, 'roles are written in the case files (people), not on the entity');
      const id = typeof e.id === 'string' ? e.id : '';
      if (id && !entityAt.has(id)) entityAt.set(id, entities.length);
      entities.push({ ...e, type, sources: withTiers(e.sources, `${where}.sources`, rules), roles: [] });
      origins.entities.push({ file, index });
      origins.roles.push([]);
    });
  }

  const cases: Json[] = [];
  for (const { file, topic, data } of files.caseFiles) {
    if (!isRecord(data)) {
      add(file, 'must be one case (an object)');
      continue;
    }
    const { people, ...rest } = data;
    const expectedId = file.replace(/^.*\//, '').replace(/\.json$/, '');
    if (rest.id !== expectedId) add(`${file}: id`, `"${String(rest.id)}" must match the file name (${expectedId})`);
    if (rest.topic !== undefined) add(`${file}: topic`, 'the topic is the folder the file is in; leave it out');
    if (!Array.isArray(people)) add(`${file}: people`, 'must be an array of { entityId, role, sources }');
    asArray(people).forEach((p, index) => {
      const where = `${file}: people[${index}]`;
      if (!isRecord(p)) return add(where, 'each entry is { entityId, role, sources }');
      const at = typeof p.entityId === 'string' ? entityAt.get(p.entityId) : undefined;
      const entity = at === undefined ? undefined : entities[at];
      if (at === undefined || !entity) return add(`${where}.entityId`, `unknown entity "${String(p.entityId)}"`);
      const { entityId: _entityId, ...role } = p;
      (entity.roles as Json[]).push({ caseId: rest.id, ...role, sources: withTiers(p.sources, `${where}.sources`, rules) });
      origins.roles[at]?.push({ file, index });
    });
    cases.push({
      ...rest,
      topic,
      statusSources: withTiers(rest.statusSources, `${file}: statusSources`, rules),
      events: asArray(rest.events).map((ev, k) =>
        isRecord(ev) ? { ...ev, sources: withTiers(ev.sources, `${file}: events${label(ev, k)}.sources`, rules) } : ev,
      ),
    });
    origins.cases.push(file);
  }

  linkBothWays(cases);
  const meta = isRecord(files.meta) ? files.meta : {};
  if (!isRecord(files.meta)) add('meta.json', 'must be { version, asOf }');
  return { dataset: { ...meta, topics: files.topics, entities, cases }, origins, problems };
}

/** A related case is related both ways: a link written in one case file shows in the other too. */
function linkBothWays(cases: Json[]): void {
  const byId = new Map(cases.filter((c) => typeof c.id === 'string').map((c) => [c.id as string, c]));
  for (const c of cases) {
    for (const other of asArray(c.relatedCaseIds)) {
      const o = typeof other === 'string' ? byId.get(other) : undefined;
      if (!o || o === c || !Array.isArray(o.relatedCaseIds)) continue;
      if (!o.relatedCaseIds.includes(c.id)) o.relatedCaseIds = [...(o.relatedCaseIds as unknown[]), c.id];
    }
  }
}

const CASE_AT = /^cases\[(\d+)\](?: \([^)]*\))?\.?/;
const ROLE_AT = /^entities\[(\d+)\](?: \([^)]*\))?\.roles\[(\d+)\]\.?/;
const ENTITY_AT = /^entities\[(\d+)\](?: \([^)]*\))?\.?/;

/** Rewrites a problem's place in the assembled dataset as the file, entry and field it was written in. */
export function whereWritten(where: string, origins: Origins): string {
  const role = ROLE_AT.exec(where);
  if (role) {
    const o = origins.roles[Number(role[1])]?.[Number(role[2])];
    if (o) return `${o.file}: people[${o.index}]${suffix(where, role[0])}`;
  }
  const c = CASE_AT.exec(where);
  if (c) {
    const file = origins.cases[Number(c[1])];
    if (file) return `${file}: ${where.slice(c[0].length) || '(the case)'}`;
  }
  const e = ENTITY_AT.exec(where);
  if (e) {
    const o = origins.entities[Number(e[1])];
    const id = /\(([^)]*)\)/.exec(e[0])?.[1];
    if (o) return `${o.file}: [${o.index}]${id ? ` (${id})` : ''}${suffix(where, e[0])}`;
  }
  if (where.startsWith('topics')) return `topics.json: ${where}`;
  if (where === 'version' || where === 'asOf') return `meta.json: ${where}`;
  return where;
}

function suffix(where: string, matched: string): string {
  const rest = where.slice(matched.length);
  return rest ? `.${rest}` : '';
}
