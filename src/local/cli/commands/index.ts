/** Every CLI command; a capability adds its own file in this folder and one line here. */
import type { Command } from '../command';
import { checkCommand } from './check';
import { demoCommand } from './demo';
import { docsCommand } from './docs';
import { exportCommand } from './export';
import { formsCommand } from './forms';
import { initCommand } from './init';
import { municipalCommand } from './municipal';
import { pairCommand } from './pair';
import { scoreCommand } from './score';
import { serveCommand } from './serve';
import { setupCommand } from './setup';
import { signCommand } from './sign';

export const COMMANDS: readonly Command[] = [initCommand, setupCommand, checkCommand, pairCommand, demoCommand, formsCommand, scoreCommand, docsCommand, signCommand, exportCommand, municipalCommand, serveCommand];
