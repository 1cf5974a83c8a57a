/**
 * Real Chromium with the production build loaded, driven by playwright-core (no browser download):
 * Debian's /usr/bin/chromium, the flags from DEVELOPERS.md, and a host-resolver rule so that news
 * domains resolve to the test server on 127.0.0.1.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { CHROME_BUILD_DIR } from './paths';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Hosts the tests load pages from; they all resolve to 127.0.0.1. */
export const TEST_HOSTS = ['apnews.com', 'www.apnews.com', 'npr.org', 'example.org'];

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchWithExtension(opts: { headless?: boolean; extensionDir?: string } = {}): Promise<ExtensionBrowser> {
  const dir = opts.extensionDir ?? CHROME_BUILD_DIR;
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No extension build at ${dir}: run \`npm run build\` first.`);
  }
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'caselens-profile-'));
  const hostRules = TEST_HOSTS.map((h) => `MAP ${h} 127.0.0.1`).join(', ');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: opts.headless ?? true,
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      `--host-resolver-rules=${hostRules}`,
      // The test server's certificate is self-signed (server.ts): only this throwaway profile trusts it.
      '--ignore-certificate-errors',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
