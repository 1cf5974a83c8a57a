/**
 * Prints one line `N passed, N failed` for every vitest suite of the last `npm test`
 * (their JSON reports in test-results/). A suite whose report is missing counts as one failure.
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
  const report = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  console.error(`${suite}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}
console.log(`${passed} passed, ${failed} failed`);
