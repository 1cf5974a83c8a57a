// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '../../entrypoints/options/options-app';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { SettingsReadError } from '../../lib/settings-store';
import type { UpdateStatus } from '../../lib/updates/status';
import type { OptionsGateway, OptionsState } from '../../lib/view/gateway';
import { byText, render, settle } from '../support/render';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const AT = Date.parse('2026-03-01T12:00:00Z');

function fakeGateway(initial: Partial<OptionsState> = {}, opts: { grant?: boolean; failSave?: string } = {}) {
  let state: OptionsState = {
    settings: DEFAULT_SETTINGS,
    datasetStatus: null,
    courtListenerStatus: null,
    courtListenerSearchStatus: null,
    dataset: { version: 1, asOf: '2026-02-27', source: 'bundled' },
    ...initial,
  };
  const calls = { origins: [] as string[][], released: [] as string[][], checks: 0, forgotten: 0 };
  const gw: OptionsGateway & { calls: typeof calls; settings(): Settings } = {
    calls,
    settings: () => state.settings,
    load: async () => state,
    save: async (change) => {
      if (opts.failSave) return { ok: false, message: opts.failSave };
      state = { ...state, settings: change(state.settings) };
      return { ok: true, settings: state.settings };
    },
    requestOrigins: async (origins) => {
      calls.origins.push(origins);
      return opts.grant ?? true;
    },
    releaseOrigins: async (origins) => {
      calls.released.push(origins);
      return true;
    },
    checkNow: async () => void calls.checks++,
    forgetDatasetUpdate: async () => {
      calls.forgotten++;
      state = { ...state, dataset: { version: 1, asOf: '2026-02-27', source: 'bundled' } };
    },
    subscribe: () => () => undefined,
  };
  return gw;
}

async function show(gw: OptionsGateway) {
  const r = await render(<OptionsApp gateway={gw} />);
  cleanup = r.unmount;
  return r.container;
}

async function click(el: Element) {
  await act(async () => (el as HTMLElement).click());
  await settle();
}

async function type(input: HTMLInputElement, value: string) {
  await act(async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await settle();
}

const input = (c: HTMLElement, name: string) => c.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;

describe('options page', () => {
  it('shows only the reason, and no form to save from, when the settings cannot be read', async () => {
    const gw = fakeGateway();
    let saved = 0;
    const c = await show({
      ...gw,
      load: async () => Promise.reject(new SettingsReadError(new Error('IO error: storage is busy'))),
      save: async (change) => (saved++, gw.save(change)),
    });
    expect(c.querySelector('[role="alert"]')?.textContent).toContain('Could not read your settings (IO error: storage is busy).');
    expect(c.querySelectorAll('input, button')).toHaveLength(0);
    expect(saved).toBe(0);
  });

  it('removing a site of yours forgets its rule only (a subdomain goes back to its site\'s rule)', async () => {
    const gw = fakeGateway({ settings: { ...DEFAULT_SETTINGS, disabledSites: ['cnn.com'], enabledSites: ['edition.cnn.com', 'blog.example.org'] } });
    const c = await show(gw);
    await click(c.querySelector('button[aria-label="Remove edition.cnn.com"]')!);
    expect(gw.settings()).toMatchObject({ disabledSites: ['cnn.com'], enabledSites: ['blog.example.org'] });
  });

  it('lists the news sites, switches one off, and removes a site the user added', async () => {
    const gw = fakeGateway({ settings: { ...DEFAULT_SETTINGS, enabledSites: ['blog.example.org'] } });
    const c = await show(gw);
    const apnews = byText(c, 'li', 'apnews.com').querySelector('input')!;
    expect(apnews.checked).toBe(true);
    await click(apnews);
    expect(gw.settings().disabledSites).toEqual(['apnews.com']);
    await click(c.querySelector('button[aria-label="Remove blog.example.org"]')!);
    expect(gw.settings().enabledSites).toEqual([]);
  });

  it('changes the hover delay and the mark mode', async () => {
    const gw = fakeGateway();
    const c = await show(gw);
    await type(input(c, 'hoverDelayMs'), '800');
    expect(gw.settings().hoverDelayMs).toBe(800);
    await click(c.querySelector('input[name="markMode"][value="first"]')!);
    expect(gw.settings().markMode).toBe('first');
  });

  it('shows updates off by default and says which requests each makes', async () => {
    const c = await show(fakeGateway());
    expect(input(c, 'datasetEnabled').checked).toBe(false);
    expect(input(c, 'datasetEnabled').disabled).toBe(true); // no URL yet
    expect(input(c, 'courtListenerEnabled').checked).toBe(false);
    expect(input(c, 'courtListenerSearchEnabled').checked).toBe(false);
    expect(input(c, 'courtListenerSearchEnabled').disabled).toBe(false); // needs nothing typed
    expect(c.textContent).toContain('With all of them off, CaseLens makes no network requests.');
    expect(c.textContent).toContain('GET /api/rest/v4/docket-entries/?docket=…&date_filed__gte=…&order_by=-date_filed&fields=…');
    expect(c.textContent).toContain('GET /api/rest/v4/search/?type=r&court=…&docket_number=…&order_by=entry_date_filed desc');
    expect(c.textContent).toContain('Last dataset check: never checked.');
    expect(c.textContent).toContain('In use: the data bundled with CaseLens (version 1, as of 2026-02-27).');
    expect(c.textContent).not.toContain('Go back to the bundled data');
  });

  it('says which update is in use and goes back to the bundled data: update off, its host given back, the update removed', async () => {
    const on = { ...DEFAULT_SETTINGS, updates: { ...DEFAULT_SETTINGS.updates, datasetEnabled: true, datasetUrl: 'https://data.example.org/d.json' } };
    const gw = fakeGateway({ settings: on, dataset: { version: 1, asOf: '2026-02-28', source: 'update' } });
    const c = await show(gw);
    expect(c.querySelector('.cl-data-in-use')?.textContent).toBe('In use: update version 1 of 2026-02-28.');
    await click(byText(c, 'button', 'Go back to the bundled data'));
    expect(gw.calls.forgotten).toBe(1);
    expect(gw.calls.released).toEqual([['https://data.example.org/*']]);
    expect(gw.settings().updates.datasetEnabled).toBe(false);
    expect(c.querySelector('.cl-data-in-use')?.textContent).toBe('In use: the data bundled with CaseLens (version 1, as of 2026-02-27).');
    expect(c.textContent).not.toContain('Go back to the bundled data');
  });

  it('takes only an https update URL', async () => {
    const c = await show(fakeGateway());
    await type(input(c, 'datasetUrl'), 'http://data.example.org/caselens.json');
    expect(input(c, 'datasetEnabled').disabled).toBe(true);
    await type(input(c, 'datasetUrl'), 'https://data.example.org/caselens.json');
    expect(input(c, 'datasetEnabled').disabled).toBe(false);
  });

  it('asks for the update URL’s origin when dataset updates are switched on', async () => {
    const gw = fakeGateway();
    const c = await show(gw);
    await type(input(c, 'datasetUrl'), 'https://data.example.org/caselens.json');
    await click(input(c, 'datasetEnabled'));
    expect(gw.calls.origins).toEqual([['https://data.example.org/*']]);
    expect(gw.settings().updates).toMatchObject({ datasetEnabled: true, datasetUrl: 'https://data.example.org/caselens.json' });
  });

  it('offers to apply a changed URL or token while an update is on, asking for the new origin', async () => {
    const on = { ...DEFAULT_SETTINGS, updates: { datasetEnabled: true, datasetUrl: 'https://data.example.org/d.json', courtListenerEnabled: true, courtListenerToken: 'old', courtListenerSearchEnabled: false } };
    const gw = fakeGateway({ settings: on });
    const c = await show(gw);
    expect(c.textContent).not.toContain('Use this URL');
    await type(input(c, 'datasetUrl'), 'https://mirror.example.net/d.json');
    await click(byText(c, 'button', 'Use this URL'));
    expect(gw.calls.origins).toEqual([['https://mirror.example.net/*']]);
    expect(gw.settings().updates.datasetUrl).toBe('https://mirror.example.net/d.json');
    expect(gw.calls.released).toEqual([['https://data.example.org/*']]);
    await type(input(c, 'courtListenerToken'), 'new');
    await click(byText(c, 'button', 'Use this token'));
    expect(gw.settings().updates).toMatchObject({ courtListenerEnabled: true, courtListenerToken: 'new' });
    // a value that can't be used offers nothing
    await type(input(c, 'datasetUrl'), 'not a url');
    expect(c.textContent).not.toContain('Use this URL');
  });

  it('gives the host permission back when an update is switched off', async () => {
    const on = { ...DEFAULT_SETTINGS, updates: { datasetEnabled: true, datasetUrl: 'https://data.example.org/d.json', courtListenerEnabled: true, courtListenerToken: 't', courtListenerSearchEnabled: false } };
    const gw = fakeGateway({ settings: on });
    const c = await show(gw);
    await click(input(c, 'datasetEnabled'));
    await click(input(c, 'courtListenerEnabled'));
    expect(gw.calls.released).toEqual([['https://data.example.org/*'], ['https://www.courtlistener.com/*']]);
    expect(gw.settings().updates).toMatchObject({ datasetEnabled: false, courtListenerEnabled: false, datasetUrl: 'https://data.example.org/d.json' });
  });

  it('says a token over 200 characters is too long, keeps it out of storage and in the field until fixed', async () => {
    const gw = fakeGateway();
    const c = await show(gw);
    const long = 'a'.repeat(201);
    await type(input(c, 'courtListenerToken'), long);
    expect(c.querySelector('#cl-token-problem')!.textContent).toBe(
      'This token is 201 characters long: CourtListener tokens are 40, and CaseLens accepts at most 200. It is not saved until you fix it.',
    );
    expect(input(c, 'courtListenerEnabled').disabled).toBe(true);
    expect(input(c, 'courtListenerToken').value).toBe(long);
    await type(input(c, 'courtListenerToken'), 'a'.repeat(40));
    expect(c.querySelector('#cl-token-problem')).toBeNull();
    await click(input(c, 'courtListenerEnabled'));
    expect(gw.settings().updates).toMatchObject({ courtListenerEnabled: true, courtListenerToken: 'a'.repeat(40) });
  });

  it('while on, offers no “Use this token” for an unusable token, and switching off keeps the stored one', async () => {
    const on = { ...DEFAULT_SETTINGS, updates: { ...DEFAULT_SETTINGS.updates, courtListenerEnabled: true, courtListenerToken: 'good' } };
    const gw = fakeGateway({ settings: on });
    const c = await show(gw);
    await type(input(c, 'courtListenerToken'), 'has a space');
    expect(c.querySelector('#cl-token-problem')!.textContent).toContain('spaces or characters no CourtListener token has');
    expect(c.textContent).not.toContain('Use this token');
    await click(input(c, 'courtListenerEnabled'));
    expect(gw.settings().updates).toMatchObject({ courtListenerEnabled: false, courtListenerToken: 'good' });
  });

  it('switches the tokenless check on (asking for www.courtlistener.com) and off (giving it back unless the token path is on)', async () => {
    const gw = fakeGateway();
    const c = await show(gw);
    await click(input(c, 'courtListenerSearchEnabled'));
    expect(gw.calls.origins).toEqual([['https://www.courtlistener.com/*']]);
    expect(gw.settings().updates.courtListenerSearchEnabled).toBe(true);
    await click(input(c, 'courtListenerSearchEnabled'));
    expect(gw.calls.released).toEqual([['https://www.courtlistener.com/*']]);
    expect(gw.settings().updates.courtListenerSearchEnabled).toBe(false);

    const both = { ...DEFAULT_SETTINGS, updates: { ...DEFAULT_SETTINGS.updates, courtListenerEnabled: true, courtListenerToken: 't', courtListenerSearchEnabled: true } };
    const gw2 = fakeGateway({ settings: both });
    cleanup?.();
    const c2 = await show(gw2);
    await click(input(c2, 'courtListenerSearchEnabled'));
    expect(gw2.calls.released).toEqual([[]]);
  });

  it('says when the tokenless check needs a token now', async () => {
    const status: UpdateStatus = { at: AT, outcome: 'failed', message: 'Could not read 8:25-cv-00951 (mdd): CourtListener now asks for an API token for this check (it answered 401).' };
    const on = { ...DEFAULT_SETTINGS, updates: { ...DEFAULT_SETTINGS.updates, courtListenerSearchEnabled: true } };
    const c = await show(fakeGateway({ settings: on, courtListenerSearchStatus: status }));
    expect(byText(c, '.cl-update-status', 'Last check for newer filings').textContent).toContain('asks for an API token');
  });

  it('leaves updates off when the permission is refused, and says why', async () => {
    const gw = fakeGateway({}, { grant: false });
    const c = await show(gw);
    await type(input(c, 'courtListenerToken'), 'tok');
    await click(input(c, 'courtListenerEnabled'));
    expect(gw.calls.origins).toEqual([['https://www.courtlistener.com/*']]);
    expect(gw.settings().updates.courtListenerEnabled).toBe(false);
    expect(c.querySelector('[role="alert"]')!.textContent).toContain('permission to reach www.courtlistener.com was not granted');
  });

  it('reports a save that failed (e.g. quota) without losing the page', async () => {
    const c = await show(fakeGateway({}, { failSave: 'Could not save your settings (QUOTA_BYTES quota exceeded). Nothing was changed.' }));
    await click(c.querySelector('input[name="markMode"][value="first"]')!);
    expect(c.querySelector('[role="alert"]')!.textContent).toContain('QUOTA_BYTES');
  });

  const enabled = { ...DEFAULT_SETTINGS, updates: { ...DEFAULT_SETTINGS.updates, datasetEnabled: true, datasetUrl: 'https://data.example.org/d.json' } };
  it.each<[string, UpdateStatus, string]>([
    ['an accepted update', { at: AT, outcome: 'updated', message: 'Updated to version 2, as of 2026-03-01.' }, 'Updated 2026-03-01 12:00 UTC. Updated to version 2, as of 2026-03-01.'],
    ['malformed JSON', { at: AT, outcome: 'rejected', message: 'Rejected the update from https://data.example.org/d.json: The update is not valid JSON (Unexpected end of JSON input). The data in use is unchanged.' }, 'Rejected 2026-03-01 12:00 UTC. Rejected the update'],
    ['an older version', { at: AT, outcome: 'rejected', message: 'Rejected …: The update (version 1, as of 2025-12-01) is not newer than the data in use (version 1, as of 2026-02-27). The data in use is unchanged.' }, 'is not newer than the data in use'],
    ['an oversized body', { at: AT, outcome: 'failed', message: 'Could not fetch https://data.example.org/d.json: the response is over the 2097152-byte limit. The data in use is unchanged.' }, 'Failed 2026-03-01 12:00 UTC. Could not fetch'],
    ['an unreachable server', { at: AT, outcome: 'failed', message: 'Could not fetch …: no complete answer within 15 s. The data in use is unchanged.' }, 'no complete answer within 15 s'],
  ])('shows the last check: %s', async (_label, status, expected) => {
    const c = await show(fakeGateway({ settings: enabled, datasetStatus: status }));
    expect(byText(c, '.cl-update-status', 'Last dataset check').textContent).toContain(expected);
  });

  it('shows fetched text as text, never as HTML', async () => {
    const status: UpdateStatus = { at: AT, outcome: 'rejected', message: '<img src=x onerror="alert(1)">' };
    const c = await show(fakeGateway({ settings: enabled, courtListenerStatus: status }));
    expect(c.querySelector('img')).toBeNull();
    expect(c.textContent).toContain('<img src=x onerror="alert(1)">');
  });

  it('checks now on request', async () => {
    const gw = fakeGateway({ settings: enabled });
    const c = await show(gw);
    await click(byText(c, 'button', 'Check now'));
    expect(gw.calls.checks).toBe(1);
  });
});
