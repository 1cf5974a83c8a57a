/**
 * The Firefox build (`wxt build -b firefox`, run by `npm run test:firefox` first): its manifest keeps
 * the least permissions, declares no data collection, opens the sidebar only on request, and
 * `web-ext lint` (the linter addons.mozilla.org runs) finds no errors in it.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD_DIR, REPO_ROOT } from '../support/paths';

const FIREFOX_BUILD_DIR = path.join(REPO_ROOT, '.output/firefox-mv3');
const WEB_EXT = path.join(REPO_ROOT, 'node_modules/.bin/web-ext');
const ICON_SIZES = ['16', '32', '48', '96', '128'];

/**
 * Warnings we know and accept, each from a library and not from our code:
 * - DANGEROUS_EVAL: zod 4 probes `Function('')` once to see whether it may compile parsers; the
 *   extension CSP forbids it, so zod falls back to its plain parser and nothing is ever eval'd.
 * - UNSAFE_VAR_ASSIGNMENT: React DOM's own `innerHTML` (used for `dangerouslySetInnerHTML`, which
 *   CaseLens never uses, and to create a <script> element, which it never renders).
 */
const ACCEPTED_WARNINGS = new Set(['DANGEROUS_EVAL', 'UNSAFE_VAR_ASSIGNMENT']);

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  icons?: Record<string, string>;
};

function readManifest(dir: string): Manifest {
  const file = path.join(dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`No build at ${dir}: run \`npm run test:firefox\` (it builds first).`);
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

/** Least privilege, the same in both browsers: nothing on all sites at install, no `tabs`. */
function expectLeastPermissions(m: Manifest) {
  const installTime = [...(m.permissions ?? []), ...(m.host_permissions ?? [])];
  for (const broad of ['<all_urls>', '*://*/*', 'https://*/*', 'http://*/*', 'tabs', 'webRequest', 'history', 'cookies']) {
    expect(installTime).not.toContain(broad);
  }
  expect(m.optional_host_permissions).toEqual(['https://*/*']);
  expect(m.icons && Object.keys(m.icons).sort()).toEqual([...ICON_SIZES].sort());
}

describe('the Firefox build', () => {
  const manifest = readManifest(FIREFOX_BUILD_DIR);

  it('is MV3 with an add-on id, a minimum version and no data collection', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.name).toBe('CaseLens');
    expect((manifest.description as string).length).toBeLessThanOrEqual(132);
    expect(manifest.browser_specific_settings).toMatchObject({
      gecko: { id: 'caselens@caselens.example', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
    });
  });

  it('asks for the least: no sidePanel, no tabs, host patterns optional (MV3 keeps them apart)', () => {
    expectLeastPermissions(manifest);
    expect(manifest.permissions).toEqual(['storage', 'activeTab', 'scripting', 'contextMenus', 'alarms']);
    expect(manifest.optional_permissions).toBeUndefined();
  });

  it('has the side panel as a sidebar that does not open at install', () => {
    expect(manifest.side_panel).toBeUndefined();
    expect(manifest.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html', open_at_install: false });
  });

  it('runs its background as an event page (Firefox has no MV3 service worker)', () => {
    expect(manifest.background).toEqual({ scripts: ['background.js'] });
  });

  it('ships every icon size it names', () => {
    for (const file of Object.values(manifest.icons ?? {})) expect(existsSync(path.join(FIREFOX_BUILD_DIR, file))).toBe(true);
  });

  it('passes web-ext lint with no errors and only the known library warnings', async () => {
    const { stdout } = await promisify(execFile)(
      WEB_EXT,
      ['lint', '--source-dir', FIREFOX_BUILD_DIR, '--output', 'json', '--no-config-discovery'],
      { cwd: REPO_ROOT, maxBuffer: 16 * 1024 * 1024 },
    ).catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? '' }));
    const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as LintReport;
    const describeAll = (list: LintMessage[]) => list.map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`);
    console.info(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices`);
    for (const line of describeAll(report.warnings)) console.info(`  warning ${line}`);
    expect(describeAll(report.errors)).toEqual([]);
    expect(describeAll(report.warnings.filter((w) => !ACCEPTED_WARNINGS.has(w.code)))).toEqual([]);
    expect(report.warnings.every((w) => w.file !== 'manifest.json')).toBe(true);
  });
});

describe.skipIf(!existsSync(path.join(CHROME_BUILD_DIR, 'manifest.json')))('the Chrome build beside it', () => {
  it('asks for the least too, plus sidePanel for its side panel and offscreen for its tagger worker', () => {
    const manifest = readManifest(CHROME_BUILD_DIR);
    expectLeastPermissions(manifest);
    expect(manifest.permissions).toEqual(['storage', 'activeTab', 'scripting', 'contextMenus', 'alarms', 'sidePanel', 'offscreen']);
    expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(manifest.browser_specific_settings).toBeUndefined();
  });
});
