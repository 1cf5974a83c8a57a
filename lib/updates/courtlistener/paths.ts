/**
 * The CourtListener requests CaseLens makes, as paths (joined to an origin by the caller, so tests can
 * use a local server). Each asks only for the fields CaseLens reads: a docket entry's documents carry
 * their full OCR text (`plain_text`) unless told otherwise, and a page of 20 would pass the size cap.
 */
export const API_BASE_PATH = '/api/rest/v4';

/** The docket fields read (`fields=` is one of CourtListener's framework parameters, like `order_by`). */
export const DOCKET_FIELDS = 'id,absolute_url,docket_number';
/** The entry fields read, with the two read from each nested document (`recap_documents__…`). */
export const ENTRY_FIELDS = 'id,entry_number,date_filed,description,recap_documents__description,recap_documents__document_type';

const withQuery = (path: string, params: Record<string, string>) => `${API_BASE_PATH}${path}?${new URLSearchParams(params).toString()}`;

/** A docket by its exact number, or (`core`) by CourtListener's `docket_number_core` of it. */
export function docketSearchPath(court: string, lookup: { docketNumber: string } | { core: string }): string {
  const by: Record<string, string> = 'core' in lookup ? { docket_number_core: lookup.core } : { docket_number: lookup.docketNumber };
  return withQuery('/dockets/', { court, ...by, fields: DOCKET_FIELDS });
}

/** A docket's latest dated entries filed on or after `since` (YYYY-MM-DD), newest first. */
export function docketEntriesPath(docketId: number, since: string): string {
  return withQuery('/docket-entries/', { docket: String(docketId), date_filed__gte: since, order_by: '-date_filed', fields: ENTRY_FIELDS });
}

/**
 * The search API, which answers without a token: one docket's newest documents, by court and docket
 * number only (type `r`, RECAP dockets with their documents nested).
 */
export function recapSearchPath(court: string, docketNumber: string): string {
  return withQuery('/search/', { type: 'r', court, docket_number: docketNumber, order_by: 'entry_date_filed desc' });
}
