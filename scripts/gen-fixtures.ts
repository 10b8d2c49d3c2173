/**
 * Writes the bundled sample term into fixtures/ (or the folder given as the first argument).
 * Usage: npx tsx scripts/gen-fixtures.ts [OUT_DIR]
 */
import { fileURLToPath } from 'node:url';
import { generateFixtures } from './fixtures/generate.ts';

const outDir = process.argv[2] ?? fileURLToPath(new URL('../fixtures/', import.meta.url));
const fixtures = await generateFixtures(outDir);
console.log(`wrote ${fixtures.workbooks.length} workbooks, ${fixtures.issues.length} planned issues to ${outDir}`);
