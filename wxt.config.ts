import { defineConfig } from 'wxt';
import { rawDataset } from './assets/dataset/index';
import { validateDataset } from './lib/dataset/validate';
import { DEFAULT_MATCH_PATTERNS } from './lib/sites';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // No auto-imports: a `browser` global must not slip into lib/ unseen (STYLE.md).
  imports: false,
  manifest: ({ browser }) => ({
    name: 'CaseLens',
    description:
      'Names in court stories, explained on the page: who they are, their role, and where each case stands. Offline; nothing is sent.',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', 'alarms', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // The default news sites (where the content script runs anyway), so the popup can read the tab's address.
    host_permissions: DEFAULT_MATCH_PATTERNS,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: 'CaseLens' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'caselens@caselens.example', strict_min_version: '115.0' } } }
      : {}),
  }),
  hooks: {
    // A malformed dataset fails the build, naming the entry and the field.
    'build:before': () => {
      const result = validateDataset(rawDataset, new Date().toISOString().slice(0, 10));
      if (!result.ok) {
        const lines = result.problems.map((p) => `  ${p.where}: ${p.message}`);
        throw new Error(`The bundled dataset is invalid:\n${lines.join('\n')}`);
      }
    },
  },
});
