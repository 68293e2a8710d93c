// `npm run -s cli -- <command>`: the offline Наставник, run from source (see run-ts.mjs).
import { loadTs } from './run-ts.mjs';

const { runCli, processIO } = loadTs('src/local/cli/main.ts');
// exitCode (not exit()) lets stdout drain when it is a pipe.
process.exitCode = await runCli(process.argv.slice(2), processIO);
