/**
 * Which CourtListener dockets to read: each bundled case that has a verified docket number and a court
 * we can name on CourtListener. The court ids are ours (not the dataset's): CourtListener's ids for
 * the District of Maryland (`mdd`), the D.C. district court (`dcd`), the Fourth Circuit (`ca4`), the
 * Supreme Court (`scotus`) and the Middle District of Tennessee (`tnmd`).
 *
 * Supreme Court dockets are never asked for: CourtListener keeps their entries in a table of their own
 * (`SCOTUSDocketEntry`) that no API route serves, so a query would always answer "no entries". Readers
 * get a link to the Supreme Court's own docket page instead (`supremeCourtDockets`).
 */
import { earliestDay } from '../../dataset/date-spec';
import type { Case, Dataset } from '../../dataset/schema';

type DocketStyle = 'district' | 'appeals' | 'scotus';

interface CourtOfCase {
  court: string;
  style: DocketStyle;
  /** District dockets are written `office:yy-type-nnnnn`; the office when a source leaves it out. */
  defaultOffice?: string;
}

/** Case id → its court on CourtListener. A case without a verified docket in the dataset is skipped. */
export const CASE_COURTS: Readonly<Record<string, CourtOfCase>> = {
  'abrego-garcia-i': { court: 'mdd', style: 'district' },
  'abrego-garcia-ii': { court: 'mdd', style: 'district' },
  'abrego-garcia-4th-cir': { court: 'ca4', style: 'appeals' },
  'noem-v-abrego-garcia': { court: 'scotus', style: 'scotus' },
  'us-v-abrego-garcia': { court: 'tnmd', style: 'district' },
  // D.D.C. has one office, so "25-cv-00766-JEB" is "1:25-cv-00766" there.
  'jgg-v-trump': { court: 'dcd', style: 'district', defaultOffice: '1' },
};

export interface DocketTarget {
  caseId: string;
  court: string;
  /** As CourtListener writes it: "8:25-cv-00951", "25-1345". */
  docketNumber: string;
  /** `unreviewedSince(statusAsOf)` of its case (YYYY-MM-DD). */
  since: string;
}

/** Stable key of a docket in the caches. */
export const docketKey = (t: { court: string; docketNumber: string }): string => `${t.court}|${t.docketNumber}`;

/**
 * The first day whose filings a case's reviewed data may not hold: the earliest day its `statusAsOf` can
 * be ("2025-07" → "2025-07-01", "after 2026-02-27" → "2026-02-28"). Entries filed on or after it are asked
 * for, kept and shown (marked not yet reviewed); older ones are what the dataset already reviewed.
 */
export const unreviewedSince = (statusAsOf: string): string => earliestDay(statusAsOf);

const DISTRICT_FULL = /\b(\d{1,2}):(\d{2})-([a-z]{2,4})-(\d{1,5})/gi;
const DISTRICT_BARE = /(?<![\d:])(\d{2})-([a-z]{2,4})-(\d{1,5})/gi;
const APPEALS = /(?<![\d:-])(\d{2})-(\d{3,5})\b/g;
const SCOTUS = /\b(\d{2})([aA])(\d{1,4})\b/g;
/** District case numbers are zero-padded to five digits on CourtListener (and PACER). */
const DISTRICT_NUMBER_DIGITS = 5;

/** The docket numbers in a dataset's docket text, written as CourtListener writes them. */
export function docketNumbersFor(docket: string, court: CourtOfCase): string[] {
  const pad = (n: string) => n.padStart(DISTRICT_NUMBER_DIGITS, '0');
  let found: string[] = [];
  if (court.style === 'district') {
    found = [...docket.matchAll(DISTRICT_FULL)].map((m) => `${m[1]}:${m[2]}-${m[3]!.toLowerCase()}-${pad(m[4]!)}`);
    if (found.length === 0 && court.defaultOffice) {
      found = [...docket.matchAll(DISTRICT_BARE)].map((m) => `${court.defaultOffice}:${m[1]}-${m[2]!.toLowerCase()}-${pad(m[3]!)}`);
    }
  } else if (court.style === 'appeals') {
    found = [...docket.matchAll(APPEALS)].map((m) => `${m[1]}-${m[2]}`);
  } else {
    found = [...docket.matchAll(SCOTUS)].map((m) => `${m[1]}A${m[3]}`);
  }
  return [...new Set(found)];
}

/** The dockets CourtListener serves entries for (every verified docket but the Supreme Court's). */
export function courtListenerTargets(dataset: Dataset): DocketTarget[] {
  return dataset.cases.flatMap((c) => {
    const court = CASE_COURTS[c.id];
    if (!court || court.style === 'scotus' || !c.docket) return [];
    const since = unreviewedSince(c.statusAsOf);
    return docketNumbersFor(c.docket, court).map((docketNumber) => ({ caseId: c.id, court: court.court, docketNumber, since }));
  });
}

/**
 * The Supreme Court's own docket page, in the form the dataset's sources cite it
 * (`https://supremecourt.gov/Search.aspx?FileName=%2Fdocket%2Fdocketfiles%2Fhtml%2Fpublic%5C24a949.html`).
 */
export function supremeCourtDocketUrl(docketNumber: string): string {
  return `https://supremecourt.gov/Search.aspx?FileName=%2Fdocket%2Fdocketfiles%2Fhtml%2Fpublic%5C${docketNumber.toLowerCase()}.html`;
}

/** A Supreme Court case's verified dockets, with their page on supremecourt.gov; none for other cases. */
export function supremeCourtDockets(c: Case): { docketNumber: string; url: string }[] {
  const court = CASE_COURTS[c.id];
  if (court?.style !== 'scotus' || !c.docket) return [];
  return docketNumbersFor(c.docket, court).map((docketNumber) => ({ docketNumber, url: supremeCourtDocketUrl(docketNumber) }));
}

const DISTRICT_CORE = /^(?:\d:)?(\d\d)-[a-z]{1,5}-(\d+)$/i;
const APPEALS_CORE = /^(\d\d)-(\d+)$/;

/**
 * CourtListener's `docket_number_core` of a docket number (its `make_docket_number_core`): the year and
 * the serial, "8:25-cv-00951" → "2500951" (serial to 5 digits), "25-1345" → "25001345" (to 6); null otherwise.
 */
export function docketNumberCore(docketNumber: string): string | null {
  const district = DISTRICT_CORE.exec(docketNumber);
  if (district) return `${district[1]}${district[2]!.padStart(5, '0')}`;
  const appeals = APPEALS_CORE.exec(docketNumber);
  return appeals ? `${appeals[1]}${appeals[2]!.padStart(6, '0')}` : null;
}

/** Judge initials after the number, as CourtListener sometimes keeps them: "8:25-cv-00951-PX". */
const JUDGE_SUFFIX = /^(?:-[a-z]{1,5})+$/;

/** Whether CourtListener's docket number is ours: the same, ignoring case, or ours plus judge initials. */
export function sameDocketNumber(theirs: string | null | undefined, ours: string): boolean {
  const a = (theirs ?? '').trim().toLowerCase();
  const b = ours.toLowerCase();
  return a === b || (a.startsWith(b) && JUDGE_SUFFIX.test(a.slice(b.length)));
}
