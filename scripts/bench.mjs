// `npm run bench`: the figures each capability reports (times, and Spreadsheet call counts from the fakes).
import { loadTs } from './run-ts.mjs';

const { runBenchmarks } = loadTs('bench/index.ts');
await runBenchmarks((line) => console.log(line));
