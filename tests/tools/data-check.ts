/**
 * `npm run data:check`: reads the hand-written dataset (assets/dataset/), assembles and validates it,
 * and prints a coverage report: a row per case and the share of each source tier.
 * Exit code 1, with every problem named by file, entry and field, when anything is wrong (including a
 * source from the deny-list or a site with no tier).
 */
import { coverageReport, missingRequired } from '../../lib/dataset/coverage';
import { checkDatasetDir } from '../../assets/dataset/read';

const { result, problems } = checkDatasetDir();
if (problems.length > 0 || !result.ok) {
  console.error(`Dataset is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):`);
  for (const p of problems) console.error(`  ${p.where}: ${p.message}`);
  process.exit(1);
}
console.log(coverageReport(result.dataset).join('\n'));
if (missingRequired(result.dataset).length > 0) process.exit(1);
