/**
 * Real Firefox ESR with the production Firefox build installed, driven by puppeteer-core over
 * WebDriver BiDi (no browser download): Debian's /usr/bin/firefox-esr, headless.
 *
 * - News domains resolve to the test server on 127.0.0.1 (`network.dns.localDomains`, as Chromium's
 *   `--host-resolver-rules`); keep the server's port in the URL.
 * - Every other request Firefox makes, from any page or from the extension's background, goes to
 *   `outbound`, a recording proxy on 127.0.0.1 that answers 502: what lands there would have left
 *   the machine. Firefox's own remote-settings sync (blocklists etc., not the extension's) is pointed at
 *   nothing, so the record holds only what the extension sends.
 * - The add-on's moz-extension UUID is fixed up front (`extensions.webextensions.uuids`), so
 *   extension pages have known URLs. BiDi refuses to navigate a tab to moz-extension:// unless the
 *   client has system access (`--remote-allow-system-access`, a power of the test driver only; the
 *   extension and the page get nothing from it), and it then reports no load event for that
 *   navigation, so `openExtensionPage` navigates with `wait: none` and waits for the document itself.
 * - `acceptInsecureCerts` lets the test server be http or https with a self-signed certificate.
 */
import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { REPO_ROOT } from './paths';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD_DIR = path.join(REPO_ROOT, '.output/firefox-mv3');
export const ADDON_ID = 'caselens@caselens.example';
/** Any fixed v4 UUID: Firefox gives the add-on this one instead of a random one. */
export const EXTENSION_UUID = '3f6d2a8c-5b1e-4c7a-9e0d-2a4b6c8e0f13';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;
/** Hosts the tests load pages from; they all resolve to 127.0.0.1 (and bypass the recording proxy). */
export const FIREFOX_TEST_HOSTS = ['apnews.com', 'www.apnews.com', 'npr.org', 'example.org'];

export interface FirefoxWithExtension {
  browser: Browser;
  addonId: string;
  /** `host:port` (CONNECT, for https) or the absolute URL (http) of every request that would have left the machine. */
  outbound: string[];
  /** An extension page (`popup.html?tabId=3`) in a new tab, once its document has loaded. */
  openExtensionPage(pathname: string): Promise<Page>;
  /** Runs `fn` in an extension page (it has the `browser.*` APIs the extension has). */
  inExtension<T, A>(fn: (arg: A) => Promise<T> | T, arg: A): Promise<T>;
  /** Firefox's tab id for a page, asked of the extension. */
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

interface BidiConnection {
  send(method: string, params: Record<string, unknown>): Promise<{ result: unknown }>;
}
const bidi = (browser: Browser) => (browser as unknown as { connection: BidiConnection }).connection;
const contextOf = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;

/** A proxy that records each request and refuses it. */
async function startRecordingProxy(): Promise<{ port: number; seen: string[]; close(): Promise<void> }> {
  const seen: string[] = [];
  const proxy = http.createServer((req, res) => {
    seen.push(req.url ?? '?');
    res.writeHead(502).end();
  });
  proxy.on('connect', (req: http.IncomingMessage, socket: import('node:stream').Duplex) => {
    seen.push(req.url ?? '?');
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    port: (proxy.address() as AddressInfo).port,
    seen,
    close: () => new Promise((resolve) => proxy.close(() => resolve())),
  };
}

export async function launchFirefoxWithExtension(opts: { prefs?: Record<string, string | number | boolean> } = {}): Promise<FirefoxWithExtension> {
  if (!existsSync(path.join(FIREFOX_BUILD_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${FIREFOX_BUILD_DIR}: run \`npm run test:firefox\` (it builds first).`);
  }
  const proxy = await startRecordingProxy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    // Release builds honour `services.settings.server` only with this set.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'network.dns.localDomains': FIREFOX_TEST_HOSTS.join(','),
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
      'network.proxy.type': 1,
      'network.proxy.share_proxy_settings': false,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': [...FIREFOX_TEST_HOSTS, 'localhost', '127.0.0.1'].join(','),
      // Firefox's own blocklist and settings sync (not the extension's): pointed at nothing.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'network.dns.disablePrefetch': true,
      ...opts.prefs,
    },
  });
  let addonId: string;
  try {
    addonId = await browser.installExtension(FIREFOX_BUILD_DIR);
  } catch (e) {
    await browser.close();
    await proxy.close();
    throw e;
  }

  async function openExtensionPage(pathname: string): Promise<Page> {
    const page = await browser.newPage();
    const url = `${EXTENSION_ORIGIN}/${pathname.replace(/^\//, '')}`;
    await bidi(browser).send('browsingContext.navigate', { context: contextOf(page), url, wait: 'none' });
    const deadline = Date.now() + 15_000;
    for (;;) {
      const state = await page.evaluate(() => [location.href, document.readyState] as const).catch(() => ['', ''] as const);
      if (state[0] === url && state[1] === 'complete') return page;
      if (Date.now() > deadline) throw new Error(`${url} did not load (at ${state[0]}, ${state[1]})`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  let control: Promise<Page> | undefined;
  async function inExtension<T, A>(fn: (arg: A) => Promise<T> | T, arg: A): Promise<T> {
    // One extension tab kept for this (the options page only reads on load). Firefox has `chrome.*`
    // with promises too, so page functions use `chrome` (typed by @types/chrome).
    control ??= openExtensionPage('options.html');
    const page = await control;
    return page.evaluate(fn as (a: unknown) => Promise<T>, arg as unknown) as Promise<T>;
  }

  return {
    browser,
    addonId,
    outbound: proxy.seen,
    openExtensionPage,
    inExtension,
    async tabIdOf(page) {
      const url = page.url();
      const id = await inExtension(async (u: string) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((t) => t.url === u)?.id ?? -1;
      }, url);
      if (id < 0) throw new Error(`No tab found for ${url}`);
      return id;
    },
    async close() {
      await browser.close();
      await proxy.close();
    },
  };
}

/**
 * The open hover card's text, or null when no card is shown. The card lives in a shadow root on the
 * `caselens-hovercard` host; the page can't read it once that root is closed, but the test driver
 * can: WebDriver BiDi serializes a host's shadow root whatever its mode (`includeShadowTree: all`),
 * and a function called with that root as its argument reads it. So this works with an open or a
 * closed root, and nothing is exposed to the page for it.
 */
export async function cardText(page: Page): Promise<string | null> {
  const text = await inCardRoot(
    page,
    `(root) => {
      const frame = root.querySelector('.cl-frame');
      if (!frame || getComputedStyle(frame).visibility !== 'visible') return null;
      const box = frame.firstElementChild?.getBoundingClientRect();
      return box && box.width > 0 && box.height > 0 ? frame.textContent : null;
    }`,
  );
  return typeof text === 'string' ? text : null;
}

/** The viewport centre of the shown card's button labelled `label`, for a real (trusted) click there. */
export async function cardButtonCentre(page: Page, label: string): Promise<{ x: number; y: number } | null> {
  const json = await inCardRoot(
    page,
    `(root, label) => {
      const b = [...root.querySelectorAll('button')].find((el) => el.textContent.trim() === label);
      if (!b) return null;
      b.scrollIntoView({ block: 'nearest' }); // within the card, which scrolls when it has little room
      const r = b.getBoundingClientRect();
      return JSON.stringify({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
    }`,
    label,
  );
  return typeof json === 'string' ? (JSON.parse(json) as { x: number; y: number }) : null;
}

/** Calls `fn(shadowRoot, arg)` on the card host's shadow root (open or closed); a string result or null. */
async function inCardRoot(page: Page, fn: string, arg = ''): Promise<string | null> {
  const connection = bidi(page.browser());
  const target = { context: contextOf(page) };
  const host = (await connection.send('script.callFunction', {
    functionDeclaration: '() => document.querySelector("caselens-hovercard")',
    awaitPromise: false,
    target,
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  })) as { result: { result: { type: string; value?: { shadowRoot?: { sharedId: string } | null } } } };
  const root = host.result.result.value?.shadowRoot;
  if (host.result.result.type !== 'node' || !root) return null;
  const read = (await connection.send('script.callFunction', {
    functionDeclaration: fn,
    arguments: [{ sharedId: root.sharedId }, { type: 'string', value: arg }],
    awaitPromise: false,
    target,
  })) as { result: { result: { type: string; value?: string } } };
  return read.result.result.type === 'string' ? (read.result.result.value ?? null) : null;
}
