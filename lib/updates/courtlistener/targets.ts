/**
 * Which CourtListener dockets to read: each bundled case that has a verified docket number and a court
 * we can name on CourtListener. The court ids are ours (not the dataset's): CourtListener's ids for
 * the District of Maryland (`mdd`), the D.C. district court (`dcd`), the Fourth Circuit (`ca4`), the
 * Supreme Court (`scotus`) and the Middle District of Tennessee (`tnmd`).
 */
import type { Dataset } from '../../dataset/schema';

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
  /** As CourtListener writes it: "8:25-cv-00951", "25-1345", "24A949". */
  docketNumber: string;
}

/** Stable key of a docket in the caches. */
export const docketKey = (t: { court: string; docketNumber: string }): string => `${t.court}|${t.docketNumber}`;

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

export function courtListenerTargets(dataset: Dataset): DocketTarget[] {
  return dataset.cases.flatMap((c) => {
    const court = CASE_COURTS[c.id];
    if (!court || !c.docket) return [];
    return docketNumbersFor(c.docket, court).map((docketNumber) => ({ caseId: c.id, court: court.court, docketNumber }));
  });
}
