import { defineConfig } from 'wxt';
import { datasetPlugin } from './assets/dataset/dataset-plugin';
import { checkDatasetDir } from './assets/dataset/read';
import { DEFAULT_MATCH_PATTERNS } from './lib/sites';

/** Built files and local output that don't belong in the sources archive Firefox's store asks for. */
const NOT_SOURCES = ['test-results/**', 'demo-output/**', 'bench-output/**', 'coverage/**', 'stats.html', '**/*.log'];

const PROFILE_BUILD = Boolean(process.env.CASELENS_NO_MINIFY);

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/auto-icons'],
  // No auto-imports: a `browser` global must not slip into lib/ unseen (STYLE.md).
  imports: false,
  // MV3 for Firefox too (WXT's default there is MV2): storage.session, scripting and
  // optional_host_permissions are MV3 APIs, so both browsers run the same code (README, Design decisions).
  manifestVersion: 3,
  // Every icon size (the manifest's icons, the toolbar button) from one drawing.
  autoIcons: { baseIconPath: 'assets/icon.svg', sizes: [128, 96, 48, 32, 16] },
  zip: { excludeSources: NOT_SOURCES },
  // `virtual:caselens-dataset` and `virtual:caselens-match-index`: the assembled dataset and its matcher,
  // compiled at build time (the pages and the background load them).
  vite: () => ({ plugins: [datasetPlugin()], ...(PROFILE_BUILD ? { build: { minify: false } } : {}) }),
  // `npm run profile:scan`: an unminified build of its own, so a CPU profile names our functions.
  ...(PROFILE_BUILD ? { outDir: '.output/profile' } : {}),
  manifest: ({ browser }) => ({
    name: 'CaseLens',
    description:
      'Names in court stories, explained on the page: who they are, their role, and where each case stands. No tracking; works offline.',
    // The least that works; the README lists each permission and why. No `tabs`, nothing on all sites at install.
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', 'alarms', ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen'])],
    // The default news sites (where the content script runs anyway), so the popup can read the tab's address.
    host_permissions: DEFAULT_MATCH_PATTERNS,
    // Asked one host at a time, when the user switches a site or an opt-in update on. https only (README, Permissions).
    optional_host_permissions: ['https://*/*'],
    action: { default_title: 'CaseLens', default_icon: { 16: 'icons/16.png', 32: 'icons/32.png' } },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'caselens@caselens.example',
              // 140 (an ESR): host_permissions granted at install (127+) and data_collection_permissions (140+).
              strict_min_version: '140.0',
              // Firefox's built-in data consent: CaseLens collects and transmits nothing about its users.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 (it has no sidebar: the panel opens as a tab).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // A malformed dataset fails the build, naming the entry and the field.
    'build:before': () => {
      const { problems } = checkDatasetDir();
      if (problems.length > 0) {
        const lines = problems.map((p) => `  ${p.where}: ${p.message}`);
        throw new Error(`The bundled dataset is invalid:\n${lines.join('\n')}`);
      }
    },
  },
});
