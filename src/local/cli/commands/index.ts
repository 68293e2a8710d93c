/** Every CLI command; a capability adds its own file in this folder and one line here. */
import type { Command } from '../command';
import { checkCommand } from './check';
import { demoCommand } from './demo';
import { initCommand } from './init';

export const COMMANDS: readonly Command[] = [initCommand, checkCommand, demoCommand];
