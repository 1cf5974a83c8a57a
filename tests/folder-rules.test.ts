/**
 * The folder rules of STYLE.md, checked through the real lint config: lib/ stays pure,
 * components/ stay React-only, and nothing imports entrypoints/ or tests/.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/paths';

const eslint = new ESLint({ cwd: REPO_ROOT });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

// The first case loads ESLint and the project's config: seconds on a busy 2-core machine, so no 5 s default.
describe('folder rules', { timeout: 30_000 }, () => {
  it.each([
    ['lib/x.ts', "import React from 'react';\nexport const x = React;"],
    ['lib/x.ts', "import { browser } from 'wxt/browser';\nexport const x = browser;"],
    ['lib/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
    ['lib/x.ts', "import { bundledDataset } from '../assets/dataset/index';\nexport const x = bundledDataset;"],
    ['lib/x.ts', "import { PopupApp } from '../entrypoints/popup/popup-app';\nexport const x = PopupApp;"],
    ['components/x.tsx', "import { storage } from 'wxt/utils/storage';\nexport const x = storage;"],
    ['entrypoints/popup/x.ts', "import { REPO_ROOT } from '../../tests/support/paths';\nexport const x = REPO_ROOT;"],
  ])('%s may not: %s', async (file, code) => {
    expect(await ruleIds(file, code)).toContain('no-restricted-imports');
  });

  it.each([
    ['lib/x.ts', 'export const x = document.title;'],
    ['lib/x.ts', 'export const x = window.location;'],
    ['lib/x.ts', 'export const x = chrome.runtime.id;'],
  ])('%s may not use the global in: %s', async (file, code) => {
    expect(await ruleIds(file, code)).toContain('no-restricted-globals');
  });

  it.each([
    ['lib/x.ts', "import { z } from 'zod';\nimport nlp from 'compromise/one';\nimport { aliasKey } from './text/normalize';\nexport const x = [z, nlp, aliasKey];"],
    ['components/x.tsx', "import { statusLabel } from '../lib/status';\nexport const x = statusLabel;"],
    ['entrypoints/popup/x.ts', "import { bundledDataset } from '../../assets/dataset/index';\nexport const x = bundledDataset;"],
  ])('%s may: %s', async (file, code) => {
    expect(await ruleIds(file, code)).toEqual([]);
  });
});
