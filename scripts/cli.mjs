// `npm run -s cli -- <command>`: the offline Наставник, from the bundle build/cli.cjs (see cli-bundle.mjs).
import { createRequire } from 'node:module';
import { CLI_BUNDLE, bundleCli, cliBundleIsFresh } from './cli-bundle.mjs';

if (!cliBundleIsFresh()) await bundleCli();
const { runCli, processIO } = createRequire(import.meta.url)(CLI_BUNDLE);
// exitCode (not exit()) lets stdout drain when it is a pipe.
process.exitCode = await runCli(process.argv.slice(2), processIO);
