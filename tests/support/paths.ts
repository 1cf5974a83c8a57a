import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** ../shared beside the clone (read-only research notes, seed article and saved pages). */
export const SHARED_DIR = path.resolve(REPO_ROOT, '../shared');
export const CORPUS_DIR = path.join(SHARED_DIR, 'corpus');
export const SEED_ARTICLE = path.join(SHARED_DIR, 'seed/article.txt');
export const CHROME_BUILD_DIR = path.join(REPO_ROOT, '.output/chrome-mv3');
export const FIXTURES_DIR = path.join(REPO_ROOT, 'tests/fixtures');
