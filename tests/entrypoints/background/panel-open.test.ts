/** The hover card's panel buttons in the background: rate-limited per tab, one reused panel tab per article in Firefox. */
import { describe, expect, it, vi } from 'vitest';
import { createPanelOpener, PANEL_TABS_KEY, type PanelOpenDeps } from '../../../entrypoints/background/panel-open';
import type { PanelOutcome } from '../../../lib/platform/side-panel';
import { PANEL_FOCUS_KEY } from '../../../lib/protocol';

const PAGE = 'moz-extension://abc/sidepanel.html';

function setup(outcome: PanelOutcome) {
  const session: Record<string, unknown> = {};
  const tabs = new Map<number, { id: number; url?: string; windowId?: number }>();
  let nextId = 100;
  let clock = 10_000;
  const deps: PanelOpenDeps = {
    openPanel: vi.fn(async () => outcome),
    session: {
      get: async (key) => (key in session ? { [key]: structuredClone(session[key]) } : {}),
      set: async (items) => void Object.assign(session, structuredClone(items)),
    },
    tabs: {
      get: vi.fn(async (id: number) => {
        const t = tabs.get(id);
        if (!t) throw new Error(`No tab with id: ${id}`);
        return t;
      }),
      create: vi.fn(async ({ url, windowId }: { url: string; windowId?: number }) => {
        const t = { id: nextId++, url, windowId };
        tabs.set(t.id, t);
        return t;
      }),
      update: vi.fn(async (id: number) => {
        if (!tabs.has(id)) throw new Error('gone');
        return tabs.get(id);
      }),
    },
    focusWindow: vi.fn(async () => undefined),
    pageUrl: PAGE,
    now: () => clock,
  };
  return { deps, session, tabs, opener: createPanelOpener(deps), tick: (ms: number) => (clock += ms) };
}

const article = { id: 7, index: 2, windowId: 1 };

describe('panel opener', () => {
  it('opens the panel on what was asked (Chrome), and refuses a second open within the interval', async () => {
    const t = setup('opened');
    expect(await t.opener.open(article, { caseId: 'case-one' })).toBe('opened');
    expect(t.session[PANEL_FOCUS_KEY]).toEqual({ tabId: 7, caseId: 'case-one', entityId: null });
    expect(await t.opener.open(article, { caseId: 'case-two' })).toBe('rate-limited');
    // a refused open changes nothing: not the panel, not what it shows
    expect(t.deps.openPanel).toHaveBeenCalledTimes(1);
    expect(t.session[PANEL_FOCUS_KEY]).toEqual({ tabId: 7, caseId: 'case-one', entityId: null });
    t.tick(1_000);
    expect(await t.opener.open(article, { entityId: 'judge-a' })).toBe('opened');
  });

  it('a page clicking in a loop opens one panel, however long it loops', async () => {
    const t = setup('use-tab');
    const results = [];
    for (let i = 0; i < 50; i++) {
      results.push(await t.opener.open(article, { caseId: 'case-one' }));
      t.tick(100);
    }
    expect(results.filter((r) => r !== 'rate-limited')).toEqual(['tab-created']);
    expect(t.deps.tabs.create).toHaveBeenCalledTimes(1);
  });

  it('Firefox: reuses the article\'s panel tab, brought to the front, instead of opening a tab per click', async () => {
    const t = setup('use-tab');
    expect(await t.opener.open(article, { caseId: 'case-one' })).toBe('tab-created');
    expect(t.deps.tabs.create).toHaveBeenCalledWith({ url: `${PAGE}?tabId=7`, index: 3, windowId: 1 });
    t.tick(1_000);
    expect(await t.opener.open(article, { caseId: 'case-two' })).toBe('tab-reused');
    expect(t.deps.tabs.create).toHaveBeenCalledTimes(1);
    expect(t.deps.tabs.update).toHaveBeenCalledWith(100, { active: true });
    expect(t.deps.focusWindow).toHaveBeenCalledWith(1);
    expect(t.session[PANEL_FOCUS_KEY]).toEqual({ tabId: 7, caseId: 'case-two', entityId: null });
    // another article tab gets its own panel tab
    expect(await t.opener.open({ id: 8, index: 5, windowId: 1 }, { caseId: 'case-one' })).toBe('tab-created');
    expect(t.session[PANEL_TABS_KEY]).toEqual({ 7: 100, 8: 101 });
  });

  it('Firefox: opens a new panel tab when the old one was closed or navigated away', async () => {
    const t = setup('use-tab');
    await t.opener.open(article, {});
    t.tabs.get(100)!.url = 'https://example.org/';
    t.tick(1_000);
    expect(await t.opener.open(article, {})).toBe('tab-created');
    t.tabs.delete(101);
    await t.opener.tabClosed(101);
    expect(t.session[PANEL_TABS_KEY]).toEqual({});
    t.tick(1_000);
    expect(await t.opener.open(article, {})).toBe('tab-created');
    expect(t.deps.tabs.create).toHaveBeenCalledTimes(3);
  });
});
