/** The municipal steps on files, shared by the CLI and the demo: a bank → its package; packages → the municipal workbook. */
import type ExcelJS from 'exceljs';
import { buildPackage, packageJson, type PackageBuild } from '../../domain/municipal/package';
import { consolidate, type Consolidation } from '../../domain/municipal/consolidate';
import { crossSchoolPairs, type CrossSchoolResult } from '../../domain/municipal/crossSchool';
import { municipalSheets, type MunicipalParameters } from '../../domain/municipal/workbook';
import { openWorkbook, readWorkbookTables, saveWorkbook } from '../excel/bankFile';
import { readPackageFiles, writePackageFile } from './packageFiles';
import { municipalWorkbook, writeMunicipalSheets } from './workbook';

export async function exportPackage(bankPath: string, out: string, now: Date): Promise<PackageBuild> {
  const built = buildPackage(readWorkbookTables(await openWorkbook(bankPath)), now);
  writePackageFile(out, packageJson(built.package));
  return built;
}

export type MunicipalRun =
  | { ok: false; refused: { source: string; problem: string }[] }
  | { ok: true; consolidation: Consolidation; cross: CrossSchoolResult; workbook: ExcelJS.Workbook };

/**
 * Reads every package (all or nothing: one file that is not a package stops the run before the workbook is touched),
 * consolidates them and saves the workbook at `out`. `firstParameters` fills «Параметры» of a workbook made anew.
 */
export async function consolidatePackageFiles(paths: readonly string[], out: string, now: Date, firstParameters?: Partial<MunicipalParameters>): Promise<MunicipalRun> {
  const read = readPackageFiles(paths);
  const refused = read.sources.filter((s): s is { source: string; problem: string } => s.problem !== undefined);
  if (refused.length > 0) return { ok: false, refused };
  const consolidation = consolidate(read.packages);
  const cross = crossSchoolPairs(consolidation.schools);
  const { workbook, parameters, existed } = await municipalWorkbook(out, now);
  writeMunicipalSheets(workbook, municipalSheets(consolidation, cross, existed ? parameters : { ...parameters, ...firstParameters }, read.sources));
  await saveWorkbook(workbook, out);
  return { ok: true, consolidation, cross, workbook };
}
