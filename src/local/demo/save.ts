/** How the demo's steps save the sample bank. */
import type { SafeSaveOptions } from '../files/atomicWrite';

/**
 * The versions a demo step leaves behind are not worth a backup each: they would push the curator's own bank, kept once
 * by `demo --force` before the first step, out of «Резервные копии».
 */
export const DEMO_SAVE: SafeSaveOptions = { keepBackups: 0 };
