// `npm run bench`: the figures each capability reports (times, and Spreadsheet call counts from the fakes).
// `npm run -s bench -- --json`: only the named figures, as one JSON object.
import { loadTs } from './run-ts.mjs';

const json = process.argv.includes('--json');
const { runBenchmarks } = loadTs('bench/index.ts');
const figures = await runBenchmarks(json ? () => {} : (line) => console.log(line));
if (json) console.log(JSON.stringify(figures, null, 2));
