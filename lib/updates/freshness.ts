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

/**
 * May an update be used with this extension's bundled data? Only when it is built for the same dataset
 * `version` (the generation of the data this release of CaseLens ships) and holds as of a later date.
 * A later release that bumps `version` (or whose bundled data is as of a later date) therefore outranks
 * every update served before it: no update, whatever numbers it carries, stays in use for good.
 * (Dates can't be in the future: validateDataset bounds every date by today.)
 */
export function usableWithBundled(update: DatasetStamp, bundled: DatasetStamp): boolean {
  return update.version === bundled.version && update.asOf > bundled.asOf;
}

export function describeStamp(s: DatasetStamp): string {
  return `version ${s.version}, as of ${s.asOf}`;
}
