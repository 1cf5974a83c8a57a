/**
 * storage.local keys and limits of the opt-in updates. Stored values are re-read with zod (or, in the
 * content script, with plain shape checks) and never trusted to have the right shape.
 */

/** A validated dataset update, stored only after `decideUpdate` accepted it. */
export const DATASET_UPDATE_KEY = 'dataset:update';
/** The URL the stored update was fetched from: it stays in use only while updates are on with that URL. */
export const DATASET_UPDATE_SOURCE_KEY = 'dataset:update-source';
/** The last dataset update check: `UpdateStatus`. */
export const DATASET_STATUS_KEY = 'dataset:update-status';
/** CourtListener: the docket ids found, the entries read, the rate-limit state and the last status. */
export const CL_DOCKETS_KEY = 'courtlistener:dockets';
export const CL_ENTRIES_KEY = 'courtlistener:entries';
export const CL_RATE_KEY = 'courtlistener:rate';
export const CL_STATUS_KEY = 'courtlistener:status';
/** The tokenless check for newer filings (CourtListener's search API): its entries, rate-limit state and status. */
export const CL_SEARCH_ENTRIES_KEY = 'courtlistener:search-entries';
export const CL_SEARCH_RATE_KEY = 'courtlistener:search-rate';
export const CL_SEARCH_STATUS_KEY = 'courtlistener:search-status';

const HOUR_MS = 60 * 60 * 1000;
/** A dataset update is fetched at most this often. */
export const DATASET_CHECK_INTERVAL_MS = 6 * HOUR_MS;
/** A docket's entries are re-read at most this often. */
export const DOCKET_REFRESH_INTERVAL_MS = 6 * HOUR_MS;
/** Longer than any sane server needs for a 2 MB file. */
export const FETCH_TIMEOUT_MS = 15_000;
/** The bundled dataset is well under 200 KB; ten times that is room to grow, not a hostile file. */
export const MAX_UPDATE_BYTES = 2 * 1024 * 1024;
/** A page of docket entries or dockets is a few KB; this bounds a hostile or broken response. */
export const MAX_COURTLISTENER_BYTES = 512 * 1024;
