/**
 * Prints one line `N passed, N failed` for every vitest suite of the last `npm test`
 * (their JSON reports in test-results/): unit, firefox (the Firefox build's checks and its end-to-end
 * suite in Firefox ESR) and e2e (Chromium). A suite whose report is missing counts as one failure;
 * skipped tests are shown on the suite's line, so a suite that silently skipped is visible.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../support/paths';

const SUITES = ['unit', 'firefox', 'e2e'];
let passed = 0;
let failed = 0;
for (const suite of SUITES) {
  const file = path.join(REPO_ROOT, 'test-results', `${suite}.json`);
  if (!existsSync(file)) {
    console.error(`${suite}: no report (the suite did not run)`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests?: number; numTodoTests?: number };
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  console.error(`${suite}: ${report.numPassedTests} passed, ${report.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}
console.log(`${passed} passed, ${failed} failed`);
