/**
 * The case dataset's schema: the single source of its types (schema is the type).
 *
 * Shape: one Dataset holds topics, entities (people, organizations, places, courts) and cases. Every
 * claim carries its own sources: who an entity is (`sources`), their role in a case (`roles[].sources`),
 * a case's status (`statusSources`) and each event. Every date is a date spec (./date-spec): exactly as
 * sure as its sources. Ids are stable kebab-case slugs.
 *
 * This is the assembled form (what the extension ships and what an update serves). The hand-written
 * form, one file per case, is assembled into it by ./assemble.
 */
import { z } from 'zod';
import { DATE_SPEC_HINT, isDateSpec } from './date-spec';

export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case: lower-case letters, digits and single hyphens');

/**
 * Limits: generous for a hand-edited dataset (the bundled one is far below each, and a generated one of
 * 1,000 cases, 19,000 people and 20,000 aliases passes), but they bound what an update server can make
 * the matcher compile and the background hold. Each rejection names the field.
 */
export const DATASET_LIMITS = {
  /** Characters in one alias or name (the longest real court name is under 100). */
  aliasChars: 200,
  /** Aliases of one entity or case (the most in the bundled data is under 20). */
  aliasesPerEntry: 64,
  entities: 50_000,
  cases: 5_000,
  /** Events of one case. */
  eventsPerCase: 500,
  topics: 500,
  /** The whole dataset as JSON, in characters (a stored update is also bounded by storage's quota). */
  totalChars: 20 * 1024 * 1024,
} as const;

/** A day: YYYY-MM-DD. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const isoDateSchema = z.string().regex(ISO_DATE, 'dates are YYYY-MM-DD');
/** A date as sure as its sources: "2025-04-07", "2025-04", "2019", "~2025-04", "after 2026-02-27". */
export const dateSpecSchema = z.string().refine(isDateSpec, `not a real calendar date in the dataset's form (${DATE_SPEC_HINT})`);

/**
 * How much a source is worth, best first:
 * - `primary`: a court record or other primary document (an order, a docket, a filing, an official release);
 * - `outlet`: the original outlet's own page;
 * - `syndicated`: a named outlet's story on a site that licenses it (an AP story on a member paper's site);
 * - `weak`: reprints on scraper sites, blogs, forums, mirrors, machine-written aggregators.
 */
export const sourceTiers = ['primary', 'outlet', 'syndicated', 'weak'] as const;
export const sourceTierSchema = z.enum(sourceTiers);

/** Source links are shown to readers: https only. */
export const httpsUrlSchema = z.url({ protocol: /^https$/, error: 'source links must be https URLs' });

export const sourceSchema = z.object({
  url: httpsUrlSchema,
  /** The original outlet ("AP", "The Washington Post"). */
  publisher: z.string().min(1),
  /** The site actually read, when the page was a reprint or a mirror ("Lincoln Daily News"). */
  via: z.string().min(1).optional(),
  tier: sourceTierSchema,
  /** Publication date; for an undated page, what its content points to ("~2025-04", "after 2026-02-27"). */
  date: dateSpecSchema,
  /** What the notes say about the date, e.g. "undated; published after 27 Feb 2026". */
  dateNote: z.string().min(1).optional(),
});

const sourcesSchema = z.array(sourceSchema).min(1, 'every claim needs at least one source');

export const entityTypes = ['person', 'organization', 'place', 'court'] as const;
export const entityTypeSchema = z.enum(entityTypes);

/**
 * How an alias may be used by the matcher.
 * - `name`: a full or distinctive form, marked wherever it appears ("Paula Xinis", "CECOT").
 * - `surname`: a short form ("Xinis", "Bukele"); marked when capitalized like a name.
 * - `contextual`: only when the page otherwise mentions this entity (bare "Abrego", "Garcia").
 * - `abbreviation`: matched case-sensitively ("ICE", "DHS").
 * - `misspelling`: a known misspelling seen in coverage ("Mazarra", "Kilmer Abrego Garcia").
 */
export const aliasKinds = ['name', 'surname', 'contextual', 'abbreviation', 'misspelling'] as const;

const aliasTextSchema = z.string().min(1).max(DATASET_LIMITS.aliasChars, `at most ${DATASET_LIMITS.aliasChars} characters in an alias or name`);

export const aliasSchema = z.object({
  text: aliasTextSchema,
  kind: z.enum(aliasKinds),
  /** Set when this alias is knowingly shared with another entity; the matcher must then disambiguate. */
  ambiguous: z.boolean().optional(),
  /** On a case's alias shared with other cases: the case it names when nothing else tells them apart. */
  main: z.boolean().optional(),
});

const aliasesSchema = z.array(aliasSchema).max(DATASET_LIMITS.aliasesPerEntry, `at most ${DATASET_LIMITS.aliasesPerEntry} aliases per entity or case`);

export const caseRoleSchema = z.object({
  caseId: idSchema,
  role: z.string().min(1),
  /** Set when the notes leave this role unconfirmed; shown as unconfirmed. */
  uncertain: z.boolean().optional(),
  sources: sourcesSchema,
});

export const entitySchema = z.object({
  id: idSchema,
  type: entityTypeSchema,
  /** The name as far as it is confirmed ("Katz" when the first name is not). It is matched as an alias. */
  name: aliasTextSchema,
  /** Shown with the name when part of it is unconfirmed, e.g. "first name unconfirmed". */
  nameNote: z.string().min(1).optional(),
  aliases: aliasesSchema,
  /** Title or role in the world, e.g. "U.S. District Judge, District of Maryland". */
  title: z.string().min(1),
  affiliation: z.string().min(1).optional(),
  /** One or two sentences in our own words. */
  summary: z.string().min(1),
  /** Sources for who they are (the title and summary). */
  sources: sourcesSchema,
  /**
   * Famous people, agencies and places whose link to the dataset is only through its cases (a president,
   * a cabinet member, a country, the Supreme Court): marked only on a page about one of their cases.
   */
  onlyOnCasePages: z.boolean().optional(),
  /** Their role in each case they are part of (assembled from the case files). */
  roles: z.array(caseRoleSchema),
});

/**
 * Where a case stands now in its court (not its last motion); README "Status chips" has the rule.
 * - `pending`: open, no decision that ends it in this court;
 * - `relief-in-force`: open, and an order protecting a party holds while it goes on (an injunction, a release);
 * - `stayed`: a higher court has paused this court's ruling while an appeal goes on;
 * - `decided`: this court's decision ends the case here, and no appeal of it is known to be pending;
 * - `on-appeal`: decided here, and an appeal is pending in a higher court;
 * - `dismissed`: thrown out (charges or claims), no appeal known;
 * - `convicted`: found guilty; sentencing or post-trial motions may be pending;
 * - `closed`: over without a decision on the merits (withdrawn, moot, settled);
 * - `unclear`: the sources don't say where it stands now.
 */
export const caseStatuses = [
  'pending',
  'relief-in-force',
  'stayed',
  'decided',
  'on-appeal',
  'dismissed',
  'convicted',
  'closed',
  'unclear',
] as const;
export const caseStatusSchema = z.enum(caseStatuses);

/** Which kind of court a case or event sits in: the side panel's one timeline spans them all. */
export const courtLevels = ['district', 'appeals', 'supreme', 'criminal', 'immigration'] as const;
export const courtLevelSchema = z.enum(courtLevels);

export const eventSchema = z.object({
  id: idSchema,
  date: dateSpecSchema,
  /** Entity id of the court (type "court"). */
  courtId: idSchema,
  level: courtLevelSchema,
  /** What happened, in our own words. */
  text: z.string().min(1),
  /** Why it matters to the case, in our own words. */
  significance: z.string().min(1).optional(),
  /** True when the notes mark the fact as unconfirmed (a date that is only a bound is in `date` itself). */
  uncertain: z.boolean().optional(),
  sources: sourcesSchema,
});

export const judgeSchema = z.object({
  /** Entity id of the judge when the dataset has one; otherwise just a name. */
  entityId: idSchema.optional(),
  name: z.string().min(1),
  role: z.string().min(1),
});

export const topicSchema = z.object({
  id: idSchema,
  /** Shown as the heading of the case picker's group. */
  label: z.string().min(1),
});

export const caseSchema = z.object({
  id: idSchema,
  /** A topic id: the case picker's group. */
  topic: idSchema,
  caption: z.string().min(1),
  shortName: z.string().min(1),
  courtId: idSchema,
  level: courtLevelSchema,
  /** Only docket numbers the notes confirm. An unconfirmed number is left out. */
  docket: z.string().min(1).optional(),
  judges: z.array(judgeSchema),
  status: caseStatusSchema,
  /** The status in plain language, our own words. */
  statusLine: z.string().min(1),
  /** A short attributed quotation or close paraphrase from the source, shown beside our line. */
  statusWording: z.string().min(1).optional(),
  /** The latest date the status is found to hold at. */
  statusAsOf: dateSpecSchema,
  /** Shown beside the date when the notes qualify it, e.g. "exact date of the dismissal unconfirmed". */
  statusAsOfNote: z.string().min(1).optional(),
  /** Set when the notes leave the status itself (not just its date) unconfirmed. */
  statusUncertain: z.boolean().optional(),
  statusSources: sourcesSchema,
  /** Names the case is called by in the news; matched like entity aliases. */
  aliases: aliasesSchema,
  relatedCaseIds: z.array(idSchema),
  events: z.array(eventSchema).max(DATASET_LIMITS.eventsPerCase, `at most ${DATASET_LIMITS.eventsPerCase} events per case`),
});

export const datasetSchema = z.object({
  version: z.number().int().positive(),
  /** The date the dataset as a whole holds as of. */
  asOf: isoDateSchema,
  topics: z.array(topicSchema).max(DATASET_LIMITS.topics, `at most ${DATASET_LIMITS.topics} topics`),
  entities: z.array(entitySchema).max(DATASET_LIMITS.entities, `at most ${DATASET_LIMITS.entities} entities`),
  cases: z.array(caseSchema).max(DATASET_LIMITS.cases, `at most ${DATASET_LIMITS.cases} cases`),
});

export type Source = z.infer<typeof sourceSchema>;
export type SourceTier = z.infer<typeof sourceTierSchema>;
export type Alias = z.infer<typeof aliasSchema>;
export type AliasKind = Alias['kind'];
export type EntityType = z.infer<typeof entityTypeSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type CaseRole = z.infer<typeof caseRoleSchema>;
export type CaseStatus = z.infer<typeof caseStatusSchema>;
export type CourtLevel = z.infer<typeof courtLevelSchema>;
export type CaseEvent = z.infer<typeof eventSchema>;
export type Judge = z.infer<typeof judgeSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Case = z.infer<typeof caseSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
/** What a mention can point at: an entity or a case. */
export type MentionType = EntityType | 'case';
