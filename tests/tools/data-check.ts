/**
 * `npm run data:check`: validates the bundled dataset and prints a coverage report.
 * Exit code 1 (with every problem named by entry and field) when the dataset is malformed.
 */
import { coverageReport, missingRequired } from '../../lib/dataset/coverage';
import { validateDataset } from '../../lib/dataset/validate';
import { rawDataset } from '../../assets/dataset/index';

const today = new Date().toISOString().slice(0, 10);
const result = validateDataset(rawDataset, today);
if (!result.ok) {
  console.error(`Dataset is invalid (${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}):`);
  for (const p of result.problems) console.error(`  ${p.where}: ${p.message}`);
  process.exit(1);
}
console.log(coverageReport(result.dataset).join('\n'));
if (missingRequired(result.dataset).length > 0) process.exit(1);
