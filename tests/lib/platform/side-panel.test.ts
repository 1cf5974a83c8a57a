import { describe, expect, it, vi } from 'vitest';
import { openPanel, panelPageUrl, type PanelApis } from '../../../lib/platform/side-panel';

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
