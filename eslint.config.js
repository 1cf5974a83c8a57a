// Lint: typescript-eslint's recommended rules plus the folder rules of STYLE.md
// (who may import whom). Nothing imports entrypoints/ or tests/; lib/ stays pure; components/ stays React-only.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const noEntrypointsOrTests = [
  { group: ['**/entrypoints/**', '@/entrypoints/**'], message: 'Nothing imports entrypoints/ (STYLE.md).' },
  { group: ['**/tests/**', '@/tests/**'], message: 'Nothing imports tests/ (STYLE.md).' },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'bench-output/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['lib/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noEntrypointsOrTests,
            { group: ['**/components/**', '@/components/**'], message: 'lib/ is pure: no components.' },
            { group: ['**/assets/**', '@/assets/**'], message: 'lib/ is pure: data comes in as arguments.' },
            { group: ['react', 'react-dom', 'react-dom/*', 'react/*'], message: 'lib/ is pure: no React.' },
            { group: ['wxt', 'wxt/*', '#imports', '@webext-core/*'], message: 'lib/ is pure: no WXT or extension APIs.' },
            { group: ['node:*', 'fs', 'path', 'url'], message: 'lib/ is pure: no Node APIs.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'lib/ is pure: no extension APIs.' },
        { name: 'chrome', message: 'lib/ is pure: no extension APIs.' },
        { name: 'document', message: 'lib/ is pure: no DOM.' },
        { name: 'window', message: 'lib/ is pure: no DOM.' },
      ],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noEntrypointsOrTests,
            { group: ['wxt', 'wxt/*', '#imports', '@webext-core/*'], message: 'components/ are props in, JSX out: no extension APIs.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'components/ get data through props.' },
        { name: 'chrome', message: 'components/ get data through props.' },
      ],
    },
  },
  {
    files: ['entrypoints/**/*.{ts,tsx}', 'assets/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: noEntrypointsOrTests.slice(1) }] },
  },
);
