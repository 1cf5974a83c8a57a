/**
 * Checks a dataset beyond its schema: ids, references, aliases, sources and dates.
 * Every problem names the entry (by index and id) and the field, so a dataset author can fix it.
 */
import type { z } from 'zod';
import { aliasKey } from '../text/normalize';
import { isDateSpec, notInFuture } from './date-spec';
import { DATASET_LIMITS, datasetSchema, type Dataset } from './schema';

const LEADING_ARTICLE = /^(?:the|a|an)\s/i;

export interface Problem {
  /** Where: e.g. `entities[3] (paula-xinis).aliases[1].text`. */
  where: string;
  message: string;
}

export type ValidationResult = { ok: true; dataset: Dataset; problems: [] } | { ok: false; problems: Problem[] };

/** Validates unknown input as a dataset. `today` (YYYY-MM-DD) bounds every date. */
export function validateDataset(input: unknown, today: string): ValidationResult {
  const tooLarge = sizeProblem(input);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  const parsed = datasetSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: schemaProblems(input, parsed.error) };
  const problems = checkConsistency(parsed.data, today);
  return problems.length === 0 ? { ok: true, dataset: parsed.data, problems: [] } : { ok: false, problems };
}

/** The whole input over `DATASET_LIMITS.totalChars` as JSON (checked first: the schema's own walk is bounded by it). */
function sizeProblem(input: unknown): Problem | null {
  let chars: number;
  try {
    chars = JSON.stringify(input)?.length ?? 0;
  } catch {
    return { where: '(root)', message: 'not JSON data' };
  }
  const max = DATASET_LIMITS.totalChars;
  return chars > max ? { where: '(root)', message: `the dataset is ${chars} characters as JSON, over the limit of ${max}` } : null;
}

function schemaProblems(input: unknown, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({ where: describePath(input, issue.path), message: issue.message }));
}

/** Renders a zod path, adding the id of any array entry it passes through. */
export function describePath(input: unknown, path: readonly PropertyKey[]): string {
  let out = '';
  let node: unknown = input;
  for (const key of path) {
    if (typeof key === 'number') {
      out += `[${key}]`;
      node = Array.isArray(node) ? node[key] : undefined;
      const id = isRecord(node) && typeof node.id === 'string' ? node.id : undefined;
      if (id) out += ` (${id})`;
    } else {
      out += out ? `.${String(key)}` : String(key);
      node = isRecord(node) ? node[String(key)] : undefined;
    }
  }
  return out || '(root)';
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

interface Owner {
  id: string;
  ambiguous: boolean;
  where: string;
}

function checkConsistency(data: Dataset, today: string): Problem[] {
  const problems: Problem[] = [];
  const add = (where: string, message: string) => problems.push({ where, message });

  const ids = new Map<string, string>();
  const claim = (id: string, where: string) => {
    const prior = ids.get(id);
    if (prior) add(where, `duplicate id "${id}" (also ${prior})`);
    else ids.set(id, where);
  };
  data.entities.forEach((e, i) => claim(e.id, `entities[${i}] (${e.id})`));
  data.cases.forEach((c, i) => claim(c.id, `cases[${i}] (${c.id})`));

  const topicIds = new Set<string>();
  data.topics.forEach((t, i) => {
    if (topicIds.has(t.id)) add(`topics[${i}] (${t.id}).id`, `duplicate topic "${t.id}"`);
    topicIds.add(t.id);
  });
  const entityIds = new Set(data.entities.map((e) => e.id));
  const courtIds = new Set(data.entities.filter((e) => e.type === 'court').map((e) => e.id));
  const caseIds = new Set(data.cases.map((c) => c.id));

  const checkDate = (where: string, date: string) => {
    if (!isDateSpec(date)) add(where, `"${date}" is not a real calendar date`);
    else if (!notInFuture(date, today)) add(where, `"${date}" is in the future (today is ${today})`);
  };
  const checkSources = (where: string, sources: Dataset['cases'][number]['statusSources']) =>
    sources.forEach((s, k) => checkDate(`${where}.sources[${k}].date`, s.date));

  checkDate('asOf', data.asOf);

  const aliasOwners = new Map<string, Owner[]>();
  const collectAliases = (id: string, where: string, aliases: Dataset['entities'][number]['aliases'], name?: string) => {
    const all = name ? [{ text: name, kind: 'name' as const, ambiguous: false }, ...aliases] : aliases;
    all.forEach((a, k) => {
      const at = name && k === 0 ? `${where}.name` : `${where}.aliases[${name ? k - 1 : k}].text`;
      const key = aliasKey(a.text);
      if (!key) {
        add(at, `alias "${a.text}" normalizes to an empty key`);
        return;
      }
      // The matcher would try every "the" of a page as the start of this alias; the name is found without it.
      if (LEADING_ARTICLE.test(a.text)) add(at, `alias "${a.text}" starts with an article: leave it out (the rest is matched wherever it appears)`);
      const owners = aliasOwners.get(key) ?? [];
      if (!owners.some((o) => o.id === id)) owners.push({ id, ambiguous: a.ambiguous === true, where: at });
      aliasOwners.set(key, owners);
    });
  };

  data.entities.forEach((e, i) => {
    const where = `entities[${i}] (${e.id})`;
    collectAliases(e.id, where, e.aliases, e.name);
    checkSources(where, e.sources);
    const roleCases = new Set<string>();
    e.roles.forEach((r, k) => {
      if (!caseIds.has(r.caseId)) add(`${where}.roles[${k}].caseId`, `unknown case "${r.caseId}"`);
      if (roleCases.has(r.caseId)) add(`${where}.roles[${k}].caseId`, `a second role in "${r.caseId}": give one role per case`);
      roleCases.add(r.caseId);
      checkSources(`${where}.roles[${k}]`, r.sources);
    });
  });

  data.cases.forEach((c, i) => {
    const where = `cases[${i}] (${c.id})`;
    collectAliases(c.id, where, c.aliases);
    if (!topicIds.has(c.topic)) add(`${where}.topic`, `unknown topic "${c.topic}"`);
    if (!courtIds.has(c.courtId)) add(`${where}.courtId`, `"${c.courtId}" is not a court in entities`);
    checkDate(`${where}.statusAsOf`, c.statusAsOf);
    checkSources(`${where}.status`, c.statusSources);
    c.judges.forEach((j, k) => {
      if (j.entityId && !entityIds.has(j.entityId)) add(`${where}.judges[${k}].entityId`, `unknown entity "${j.entityId}"`);
    });
    c.relatedCaseIds.forEach((r, k) => {
      if (!caseIds.has(r)) add(`${where}.relatedCaseIds[${k}]`, `unknown case "${r}"`);
      if (r === c.id) add(`${where}.relatedCaseIds[${k}]`, 'a case is not related to itself');
    });
    const eventIds = new Set<string>();
    c.events.forEach((ev, k) => {
      const at = `${where}.events[${k}] (${ev.id})`;
      if (eventIds.has(ev.id)) add(`${at}.id`, `duplicate event id "${ev.id}"`);
      eventIds.add(ev.id);
      if (!courtIds.has(ev.courtId)) add(`${at}.courtId`, `"${ev.courtId}" is not a court in entities`);
      checkDate(`${at}.date`, ev.date);
      checkSources(at, ev.sources);
    });
  });

  for (const c of data.cases) {
    for (const a of c.aliases) {
      if (!a.main) continue;
      const others = data.cases.filter((o) => o.id !== c.id && o.aliases.some((x) => x.main && aliasKey(x.text) === aliasKey(a.text)));
      if (others.length > 0) add(`cases (${c.id}).aliases "${a.text}"`, `"main" on more than one case: ${[c.id, ...others.map((o) => o.id)].join(', ')}`);
    }
  }
  for (const [key, owners] of aliasOwners) {
    if (owners.length < 2) continue;
    const unmarked = owners.filter((o) => !o.ambiguous);
    if (unmarked.length > 0) {
      add(unmarked[0]!.where, `alias "${key}" is shared by ${owners.map((o) => o.id).join(', ')}; mark it ambiguous on each`);
    }
  }
  return problems;
}

