// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { SidePanelApp } from '../../entrypoints/sidepanel/sidepanel-app';
import type { PanelGateway, PanelState } from '../../lib/view/gateway';
import { miniDataset } from '../fixtures/mini-dataset';
import { byText, render, settle } from '../support/render';

const NOW = new Date('2026-03-01T00:00:00Z');
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function fakeGateway(initial: PanelState, seen: Record<string, string[]> = {}) {
  let state = initial;
  const listeners = new Set<() => void>();
  const gw: PanelGateway & { set(s: PanelState): void; seen: Record<string, string[]> } = {
    seen,
    load: async () => state,
    seenEvents: async (id) => (seen[id] ? new Set(seen[id]) : undefined),
    markSeen: async (id, ids) => void (seen[id] = ids),
    subscribe: (fn) => {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    set(s) {
      state = s;
      listeners.forEach((fn) => fn());
    },
  };
  return gw;
}

const pageAbout = (counts: Record<string, number>): PanelState => ({
  tabId: 3,
  results: { url: 'https://apnews.com/a', counts, caseIds: ['case-one', 'case-two'], scannedAt: 0 },
  focusCaseId: null,
});

describe('side panel', () => {
  it('shows the case the page is most about, in full', async () => {
    const gw = fakeGateway(pageAbout({ 'judge-a': 2 }));
    const { container, unmount } = await render(<SidePanelApp dataset={miniDataset()} gateway={gw} now={NOW} />);
    cleanup = unmount;
    const detail = container.querySelector('article.cl-detail')!;
    expect(detail.querySelector('h2')!.textContent).toBe('Party v. Agency');
    expect(detail.textContent).toContain('District Court D');
    expect(detail.textContent).toContain('1:25-cv-1');
    expect(detail.textContent).toContain('Ada Judge (District judge)');
    expect(detail.textContent).toContain('more than 30 days old');
    const events = [...detail.querySelectorAll('.cl-event')].map((e) => e.querySelector('p')!.textContent);
    expect(events).toEqual(['Indictment unsealed.', 'Stay denied.', 'Complaint filed.']);
    expect(detail.querySelectorAll('.cl-event a[href="https://example.com/source"]').length).toBe(3);
    expect(byText(container, 'li', 'Ben Party').textContent).toContain('Plaintiff');
  });

  it('marks events that are new since the reader last looked, and remembers', async () => {
    const gw = fakeGateway(pageAbout({ 'judge-a': 2 }), { 'case-one': ['one-1', 'one-2'] });
    const { container, unmount } = await render(<SidePanelApp dataset={miniDataset()} gateway={gw} now={NOW} />);
    cleanup = unmount;
    const fresh = [...container.querySelectorAll('.cl-event[data-new]')].map((e) => e.querySelector('p')!.textContent);
    expect(fresh).toEqual(['Indictment unsealed.']);
    expect(gw.seen['case-one']).toEqual(['two-1', 'one-2', 'one-1']);
  });

  it('opens the case a hover card asked for, and follows the tab', async () => {
    const gw = fakeGateway({ ...pageAbout({ 'judge-a': 2 }), focusCaseId: 'case-two' });
    const { container, unmount } = await render(<SidePanelApp dataset={miniDataset()} gateway={gw} now={NOW} />);
    cleanup = unmount;
    expect(container.querySelector('article.cl-detail h2')!.textContent).toBe('United States v. Party');
    expect(container.textContent).toContain('exact date unconfirmed');
    await act(async () => gw.set({ tabId: 4, results: { url: 'x', counts: {}, caseIds: [], scannedAt: 0 }, focusCaseId: null }));
    await settle();
    expect(container.textContent).toContain('This page is about none of the CaseLens cases');
  });

  it('lists the cases of a name the hover card asked about, and opens one', async () => {
    const gw = fakeGateway({ ...pageAbout({ 'person-b': 1 }), focusCaseId: null, focusEntityId: 'person-b' });
    const { container, unmount } = await render(<SidePanelApp dataset={miniDataset()} gateway={gw} now={NOW} />);
    cleanup = unmount;
    const list = container.querySelector('[data-entity="person-b"]')!;
    expect(list.querySelector('h2')!.textContent).toBe('Cases of Ben Party');
    expect(list.textContent).toContain('Defendant');
    expect(list.textContent).toContain('Plaintiff');
    expect(container.querySelector('article.cl-detail')).toBeNull();
    await act(async () => list.querySelector<HTMLButtonElement>('button[data-case="case-two"]')!.click());
    expect(container.querySelector('article.cl-detail h2')!.textContent).toBe('United States v. Party');
  });

  it("lists the page's other names beside the case's people", async () => {
    const gw = fakeGateway(pageAbout({ 'judge-a': 2, 'agency-c': 4 }));
    const { container, unmount } = await render(<SidePanelApp dataset={miniDataset()} gateway={gw} now={NOW} />);
    cleanup = unmount;
    const others = container.querySelector('section.cl-others')!;
    expect(others.querySelector('h2')!.textContent).toBe('Also named on this page');
    expect(others.textContent).toContain('Agency C');
    expect(others.textContent).not.toContain('Ada Judge');
  });

  it('lets the reader pick any bundled case', async () => {
    const gw = fakeGateway({ tabId: 1, results: null, focusCaseId: null });
    const { container, unmount } = await render(<SidePanelApp dataset={miniDataset()} gateway={gw} now={NOW} />);
    cleanup = unmount;
    expect(container.querySelector('article.cl-detail')).toBeNull();
    const picker = container.querySelector('.cl-picker')!;
    expect([...picker.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Topic A', 'Topic B']);
    expect(picker.querySelector('button[data-case="case-two"] .cl-chip')!.textContent).toContain('Dismissed');
    await act(async () => picker.querySelector<HTMLButtonElement>('button[data-case="case-two"]')!.click());
    expect(container.querySelector('article.cl-detail h2')!.textContent).toBe('United States v. Party');
  });

  it('narrows the case list as the reader types, and moves through it with the arrow keys', async () => {
    const gw = fakeGateway({ tabId: 1, results: null, focusCaseId: null });
    const { container, unmount } = await render(<SidePanelApp dataset={miniDataset()} gateway={gw} now={NOW} />);
    cleanup = unmount;
    const search = container.querySelector<HTMLInputElement>('.cl-picker input[type="search"]')!;
    const type = async (text: string) =>
      act(async () => {
        const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        set.call(search, text);
        search.dispatchEvent(new Event('input', { bubbles: true }));
      });
    const listed = () => [...container.querySelectorAll('.cl-picker button[data-case]')].map((b) => b.getAttribute('data-case'));
    await type('united states');
    expect(listed()).toEqual(['case-two']);
    await type('nothing like it');
    expect(listed()).toEqual([]);
    expect(container.querySelector('.cl-picker')!.textContent).toContain('No case matches.');
    await type('');
    expect(listed()).toEqual(['case-one', 'case-two']);
    const key = (el: Element, k: string) => act(async () => void el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));
    search.focus();
    await key(search, 'ArrowDown');
    expect(document.activeElement?.getAttribute('data-case')).toBe('case-one');
    await key(document.activeElement!, 'ArrowDown');
    expect(document.activeElement?.getAttribute('data-case')).toBe('case-two');
    await key(document.activeElement!, 'ArrowUp');
    await key(document.activeElement!, 'ArrowUp');
    expect(document.activeElement).toBe(search);
  });
});
