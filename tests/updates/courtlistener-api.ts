/**
 * A stand-in for CourtListener's REST API v4 on the glue tests' server: `/dockets/` and `/docket-entries/`
 * answer as CourtListener does for the query asked (filters, `date_filed__gte`, `order_by=-date_filed`,
 * pages of 20, and `fields=` applied as CourtListener applies it), from the fixtures' shapes.
 */
import { cursorPageOf, docket, docketEntry, pageOf, withFields, type EntrySpec } from '../fixtures/courtlistener';
import type { Route } from './update-server';

const PAGE_SIZE = 20;
/** The size of a typical OCR'd filing's text: a page of 20 entries without `fields=` is then over 512 KiB. */
export const OCR_CHARS = 30_000;

export interface FakeDocket {
  id: number;
  court: string;
  docketNumber: string;
  core: string;
  url: string;
}

const json = (value: unknown): Route => ({ body: JSON.stringify(value) });

export function docketsRoute(dockets: FakeDocket[]) {
  return (url: URL): Route => {
    const q = url.searchParams;
    const matches = dockets.filter(
      (d) => d.court === q.get('court') && (q.has('docket_number') ? d.docketNumber === q.get('docket_number') : d.core === q.get('docket_number_core')),
    );
    const results = matches.map((d) => withFields({ ...docket(d.id, d.docketNumber, d.url), court_id: d.court }, q.get('fields')));
    return json(cursorPageOf(results, q.toString()));
  };
}

export function entriesRoute(byDocket: Record<number, EntrySpec[]>) {
  return (url: URL): Route => {
    const q = url.searchParams;
    const since = q.get('date_filed__gte');
    let list = byDocket[Number(q.get('docket'))] ?? [];
    if (since) list = list.filter((e) => e.date !== null && e.date >= since);
    // CourtListener sorts by date_filed; with `-date_filed` (descending) PostgreSQL puts NULL dates first.
    if (q.get('order_by') === '-date_filed') list = [...list].sort((a, b) => (a.date === null ? -1 : b.date === null ? 1 : b.date.localeCompare(a.date)));
    const page = list.slice(0, PAGE_SIZE).map((e) => withFields(docketEntry(e, OCR_CHARS), q.get('fields')));
    return json(pageOf(page, list.length));
  };
}
