/**
 * The case dataset's schema: the single source of its types (schema is the type).
 *
 * Shape: one Dataset holds entities (people, organizations, places, courts) and cases.
 * Every fact carries at least one Source. Ids are stable kebab-case slugs.
 */
import { z } from 'zod';

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A full date, or a month when the source only gives a month. */
export const ISO_DATE_OR_MONTH = /^\d{4}-\d{2}(-\d{2})?$/;

export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case: lower-case letters, digits and single hyphens');

export const isoDateSchema = z.string().regex(ISO_DATE, 'dates are YYYY-MM-DD');
export const isoDateOrMonthSchema = z.string().regex(ISO_DATE_OR_MONTH, 'dates are YYYY-MM-DD or YYYY-MM');

export const sourceSchema = z.object({
  url: z.url({ protocol: /^https?$/ }),
  publisher: z.string().min(1),
  /** Publication date; for an undated page, the date its content points to, with `approximate: true`. */
  date: isoDateOrMonthSchema,
  approximate: z.boolean().optional(),
  /** What the notes say about an undated page, e.g. "undated; published after 27 Feb 2026". */
  dateNote: z.string().min(1).optional(),
});

const sourcesSchema = z.array(sourceSchema).min(1, 'every fact needs at least one source');

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

export const aliasSchema = z.object({
  text: z.string().min(1),
  kind: z.enum(aliasKinds),
  /** Set when this alias is knowingly shared with another entity; the matcher must then disambiguate. */
  ambiguous: z.boolean().optional(),
});

export const caseRoleSchema = z.object({
  caseId: idSchema,
  role: z.string().min(1),
  sources: sourcesSchema,
});

export const entitySchema = z.object({
  id: idSchema,
  type: entityTypeSchema,
  name: z.string().min(1),
  aliases: z.array(aliasSchema),
  /** Title or role in the world, e.g. "U.S. District Judge, District of Maryland". */
  title: z.string().min(1),
  affiliation: z.string().min(1).optional(),
  /** One or two sentences in our own words. */
  summary: z.string().min(1),
  sources: sourcesSchema,
  /** Their role in each case they are part of. */
  roles: z.array(caseRoleSchema),
});

export const caseStatuses = [
  'pending',
  'order-granted',
  'order-denied',
  'stayed',
  'on-appeal',
  'dismissed',
  'closed',
] as const;
export const caseStatusSchema = z.enum(caseStatuses);

/** Which kind of court a case or event sits in: the side panel's one timeline spans them all. */
export const courtLevels = ['district', 'appeals', 'supreme', 'criminal', 'immigration'] as const;
export const courtLevelSchema = z.enum(courtLevels);

export const eventSchema = z.object({
  id: idSchema,
  date: isoDateOrMonthSchema,
  /** Entity id of the court (type "court"). */
  courtId: idSchema,
  level: courtLevelSchema,
  /** What happened, in our own words. */
  text: z.string().min(1),
  /** Why it matters to the case, in our own words. */
  significance: z.string().min(1).optional(),
  /** True when the notes mark the date or the fact as unconfirmed. */
  uncertain: z.boolean().optional(),
  sources: sourcesSchema,
});

export const judgeSchema = z.object({
  /** Entity id of the judge when the dataset has one; otherwise just a name. */
  entityId: idSchema.optional(),
  name: z.string().min(1),
  role: z.string().min(1),
});

export const caseSchema = z.object({
  id: idSchema,
  caption: z.string().min(1),
  shortName: z.string().min(1),
  courtId: idSchema,
  level: courtLevelSchema,
  /** Only docket numbers the notes verify. An unverified number is left out. */
  docket: z.string().min(1).optional(),
  judges: z.array(judgeSchema),
  status: caseStatusSchema,
  /** The status in plain language, our own words. */
  statusLine: z.string().min(1),
  /** A short attributed quotation or close paraphrase from the source, shown beside our line. */
  statusWording: z.string().min(1).optional(),
  statusAsOf: isoDateOrMonthSchema,
  /** Shown beside the date when the notes qualify it, e.g. "exact date of the dismissal unconfirmed". */
  statusAsOfNote: z.string().min(1).optional(),
  /** Set when the notes leave the status date or the status itself unconfirmed. */
  statusUncertain: z.boolean().optional(),
  statusSources: sourcesSchema,
  /** Names the case is called by in the news; matched like entity aliases. */
  aliases: z.array(aliasSchema),
  relatedCaseIds: z.array(idSchema),
  events: z.array(eventSchema),
});

export const datasetSchema = z.object({
  version: z.number().int().positive(),
  /** The date the dataset as a whole holds as of. */
  asOf: isoDateSchema,
  entities: z.array(entitySchema),
  cases: z.array(caseSchema),
});

export type Source = z.infer<typeof sourceSchema>;
export type Alias = z.infer<typeof aliasSchema>;
export type AliasKind = Alias['kind'];
export type EntityType = z.infer<typeof entityTypeSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type CaseRole = z.infer<typeof caseRoleSchema>;
export type CaseStatus = z.infer<typeof caseStatusSchema>;
export type CourtLevel = z.infer<typeof courtLevelSchema>;
export type CaseEvent = z.infer<typeof eventSchema>;
export type Judge = z.infer<typeof judgeSchema>;
export type Case = z.infer<typeof caseSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
/** What a mention can point at: an entity or a case. */
export type MentionType = EntityType | 'case';
