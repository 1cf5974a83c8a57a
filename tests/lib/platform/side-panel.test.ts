import { describe, expect, it, vi } from 'vitest';
import { createOpenGate, openPanel, PANEL_OPEN_INTERVAL_MS, panelPageUrl, panelTabStep, type PanelApis } from '../../../lib/platform/side-panel';

const chromeLike = (open: (o: { tabId: number }) => Promise<void>): PanelApis => ({ sidePanel: { open } });
const firefoxLike = (open: () => Promise<void>): PanelApis => ({ sidebarAction: { open } });

describe('openPanel', () => {
  it('Chrome: opens the side panel for the tab', async () => {
    const open = vi.fn(async () => undefined);
    expect(await openPanel(chromeLike(open), 7)).toBe('opened');
    expect(open).toHaveBeenCalledWith({ tabId: 7 });
  });

  it('Firefox: opens the sidebar (it belongs to the window, so no tab id)', async () => {
    const open = vi.fn(async () => undefined);
    expect(await openPanel(firefoxLike(open), 7)).toBe('opened');
    expect(open).toHaveBeenCalledWith();
  });

  it('prefers sidePanel when a browser has both', async () => {
    const side = vi.fn(async () => undefined);
    const bar = vi.fn(async () => undefined);
    await openPanel({ sidePanel: { open: side }, sidebarAction: { open: bar } }, 1);
    expect(side).toHaveBeenCalled();
    expect(bar).not.toHaveBeenCalled();
  });

  it('calls the browser before returning, so the user action still counts', () => {
    const open = vi.fn(() => new Promise<void>(() => undefined));
    void openPanel(firefoxLike(open), 1);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it.each<[string, PanelApis, string]>([
    ['Firefox refuses outside a user action: show the page in a tab', firefoxLike(() => Promise.reject(new Error('user input'))), 'use-tab'],
    ['Firefox throws synchronously: the same', firefoxLike(() => { throw new Error('user input'); }), 'use-tab'],
    ['no panel API at all: a tab', {}, 'use-tab'],
    ['Chrome refuses: nothing (a tab would be refused too)', chromeLike(() => Promise.reject(new Error('gesture'))), 'failed'],
  ])('%s', async (_name, api, outcome) => {
    expect(await openPanel(api, 3)).toBe(outcome);
  });
});

describe('panelPageUrl', () => {
  it('names the tab the panel page should show', () => {
    expect(panelPageUrl('moz-extension://abc/sidepanel.html', 12)).toBe('moz-extension://abc/sidepanel.html?tabId=12');
  });
});

describe('createOpenGate', () => {
  it('lets a tab open once per interval, and a loop of attempts opens nothing more until it stops', () => {
    const gate = createOpenGate();
    expect(gate.allow(1, 0)).toBe(true);
    expect(gate.allow(1, 300)).toBe(false); // a double click
    expect(gate.allow(2, 300)).toBe(true); // another tab is not held up
    // a page clicking every 100 ms for 10 s
    const opened = Array.from({ length: 100 }, (_, i) => gate.allow(1, 400 + i * 100)).filter(Boolean).length;
    expect(opened).toBe(0);
    expect(gate.allow(1, 400 + 99 * 100 + PANEL_OPEN_INTERVAL_MS)).toBe(true);
    gate.forget(1);
    expect(gate.allow(1, 400 + 99 * 100 + PANEL_OPEN_INTERVAL_MS + 1)).toBe(true);
  });
});

describe('panelTabStep', () => {
  const page = 'moz-extension://abc/sidepanel.html';
  it.each([
    ['no panel tab yet', undefined, { kind: 'create', url: `${page}?tabId=7` }],
    ['the remembered tab is gone', { id: undefined }, { kind: 'create', url: `${page}?tabId=7` }],
    ['it still shows this article\'s panel', { id: 12, windowId: 3, url: `${page}?tabId=7` }, { kind: 'focus', tabId: 12, windowId: 3 }],
    ['it was navigated elsewhere', { id: 12, url: 'https://example.org/' }, { kind: 'create', url: `${page}?tabId=7` }],
    ['the browser doesn\'t say its url', { id: 12, windowId: 3 }, { kind: 'focus', tabId: 12, windowId: 3, url: `${page}?tabId=7` }],
  ])('%s', (_, known, expected) => {
    expect(panelTabStep(known, page, 7)).toEqual(expected);
  });
});
