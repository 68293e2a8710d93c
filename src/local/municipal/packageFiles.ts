/** Packages on disk: written whole or not at all, read with a Russian sentence for anything that is not one. */
import { existsSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readPackage } from '../../domain/municipal/validate';
import type { SourcedPackage } from '../../domain/municipal/consolidate';
import { fileProblem } from '../excel/bankFile';

/** Written next to the target and renamed over it: a reader never sees half a package. */
export function writePackageFile(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text, 'utf8');
  renameSync(temporary, path);
}

export interface PackageFileRead {
  packages: SourcedPackage[];
  /** Every file given, in order, with the reason it was refused. */
  sources: { source: string; problem?: string }[];
}

/** A folder stands for the .json files in it (sorted by name), so `municipal Пакеты/` reads what schools sent. */
export function expandPackagePaths(paths: readonly string[]): string[] {
  return paths.flatMap((path) => (existsSync(path) && statSync(path).isDirectory()
    ? readdirSync(path).filter((name) => name.toLowerCase().endsWith('.json')).sort().map((name) => join(path, name))
    : [path]));
}

export function readPackageFiles(paths: readonly string[]): PackageFileRead {
  const packages: SourcedPackage[] = [];
  const sources: { source: string; problem?: string }[] = [];
  for (const path of paths) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      const problem = fileProblem(error);
      if (!problem) throw error;
      sources.push({ source: path, problem: `«${path}»: ${problem}.` });
      continue;
    }
    const read = readPackage(text, basename(path));
    if (read.ok) {
      packages.push({ source: path, package: read.package });
      sources.push({ source: path });
    } else {
      sources.push({ source: path, problem: read.message.replace(`«${basename(path)}»`, `«${path}»`) });
    }
  }
  return { packages, sources };
}
