/**
 * Which of two datasets is newer. The rule: a higher `version` is newer; with the same `version`, a
 * later `asOf` is newer. A lower version is never newer, whatever its date (a maintainer bumps
 * `version` for a changed schema or a rebuilt dataset, and `asOf` for fresher facts within one version).
 * Equal version and date is not newer: an update must bring something.
 */
export interface DatasetStamp {
  version: number;
  /** YYYY-MM-DD: compares as a string. */
  asOf: string;
}

export function isNewer(candidate: DatasetStamp, installed: DatasetStamp): boolean {
  if (candidate.version !== installed.version) return candidate.version > installed.version;
  return candidate.asOf > installed.asOf;
}

export function describeStamp(s: DatasetStamp): string {
  return `version ${s.version}, as of ${s.asOf}`;
}
