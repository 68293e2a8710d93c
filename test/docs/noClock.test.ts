/**
 * No test depends on how fast the machine is: a loaded machine made a timed assertion fail while the product was
 * right. Speed is measured by `npm run bench`; tests may count calls, never time them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const testRoot = join(__dirname, '..');

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** A stopwatch read in a test: the readings that only make sense to compare with a time limit. */
const STOPWATCH = /performance\.now\(|process\.hrtime|console\.time\(|Date\.now\(\)\s*-/;

test('no test reads a stopwatch', () => {
  const timed = testFiles(testRoot).filter((file) => file !== __filename && STOPWATCH.test(readFileSync(file, 'utf8')));
  expect(timed.map((file) => relative(testRoot, file))).toEqual([]);
});
