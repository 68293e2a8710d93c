/**
 * The bytes of a workbook to save. A workbook read from a file is saved by patching its own package: the changed
 * cells of the changed worksheets are rewritten in place, sheets the product makes whole are carried from exceljs's
 * output, styles it adds are appended; every other part stays as it was read. A new workbook is exceljs's own output.
 */
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { type CellState, EMPTY_CELL, type Origin, type SheetOrigin, type StyleTexts, cellState, originOf, rememberOrigin } from './origin';
import { cellXml } from './cellXml';
import { RELATIONSHIP_TYPE, isType, partText, relationshipsOf, resolveTarget, rootPrefix } from './parts';
import { packageLayout } from './readable';
import { type CellPatch, patchSheetXml } from './sheetPatch';
import { StyleMerger } from './styles';
import { exceljsStyles } from './exceljsStyles';
import { type StyleMap, type Transplant, exceljsOutput, transplantSheets } from './transplant';

interface CellChange {
  row: number;
  column: number;
  cell: ExcelJS.Cell;
  styleChanged: boolean;
}

function changesOf(sheet: SheetOrigin): CellChange[] {
  const changes: CellChange[] = [];
  const seen = new Set<string>();
  const texts: StyleTexts = new WeakMap();
  const compare = (cell: ExcelJS.Cell, row: number, column: number): void => {
    const key = `${row}:${column}`;
    seen.add(key);
    // A cell covered by a merge shows its master's value; the part keeps it as it is.
    if (cell.master !== cell) return;
    const before: CellState = sheet.cells.get(key) ?? EMPTY_CELL;
    const now = cellState(cell, texts);
    if (now.value === before.value && now.style === before.style) return;
    // A date written where the cell has no format: exceljs gives it its date format, taken over with its style.
    const undatedDate = cell.value instanceof Date && !cell.numFmt;
    changes.push({ row, column, cell, styleChanged: now.style !== before.style || undatedDate });
  };
  sheet.worksheet.eachRow((row, rowNumber) => row.eachCell((cell, column) => compare(cell, rowNumber, column)));
  // A cell emptied by the product: its row may hold no value any more, so eachRow skips it.
  for (const key of sheet.cells.keys()) {
    if (seen.has(key)) continue;
    const [row, column] = key.split(':').map(Number);
    compare(sheet.worksheet.getCell(row, column), row, column);
  }
  return changes;
}

function isDate1904(workbook: ExcelJS.Workbook): boolean {
  return Boolean((workbook.properties as { date1904?: boolean } | undefined)?.date1904);
}

const KEEP_STYLES: StyleMap = () => '0';

interface Plan {
  /** Worksheets read from the file with their changed cells. */
  patched: Array<{ sheet: SheetOrigin; changes: CellChange[] }>;
  /** Worksheets written whole. */
  transplants: Transplant[];
}

function planOf(workbook: ExcelJS.Workbook, origin: Origin): Plan {
  const live = new Set(workbook.worksheets);
  const kept = origin.sheets.filter((sheet) => live.has(sheet.worksheet));
  const known = new Set(kept.map((sheet) => sheet.worksheet));
  const edits = kept.map((sheet) => ({ sheet, changes: changesOf(sheet) })).filter((edit) => edit.changes.length > 0);
  // A sheet the product made (or removed and made again, as «Мониторинг»), or an empty tab it filled: written whole.
  const transplants: Transplant[] = [
    ...workbook.worksheets.filter((worksheet) => !known.has(worksheet)).map((worksheet) => ({
      worksheet,
      // Never a second sheet of a name the package holds: the new one takes that sheet's part.
      replaces: origin.sheets.find((sheet) => sheet.worksheet.name === worksheet.name && !live.has(sheet.worksheet))?.entry.part
        ?? origin.layout.sheets.find((sheet) => sheet.kind === 'worksheet' && sheet.name === worksheet.name)?.part,
    })),
    ...edits.filter((edit) => edit.sheet.cells.size === 0).map((edit) => ({ worksheet: edit.sheet.worksheet, replaces: edit.sheet.entry.part })),
  ];
  return { patched: edits.filter((edit) => edit.sheet.cells.size > 0), transplants };
}

async function patchedPackage(workbook: ExcelJS.Workbook, origin: Origin, plan: Plan): Promise<Buffer> {
  const stylesPart = await stylesPartOf(origin);
  const originalStyles = stylesPart ? await partText(origin.zip, stylesPart) : undefined;
  const merger = originalStyles === undefined ? undefined : new StyleMerger(originalStyles);
  const date1904 = isDate1904(workbook);
  // A fresh copy: a save that fails half-way leaves the remembered package as it was read.
  const target = await JSZip.loadAsync(origin.bytes);

  // Changed cells: their formats through exceljs's style writer alone, no whole-workbook write.
  const cellStyles = exceljsStyles();
  const styleIndex = new Map<ExcelJS.Cell, string>();
  for (const { changes } of plan.patched) {
    for (const change of changes) if (change.styleChanged) styleIndex.set(change.cell, cellStyles.indexOf(change.cell));
  }
  const cellStyle = merger && styleIndex.size ? merger.from(cellStyles.xml()) : KEEP_STYLES;
  for (const { sheet, changes } of plan.patched) {
    const xml = (await partText(target, sheet.entry.part)) ?? '';
    const prefix = rootPrefix(xml, 'worksheet');
    const patches: CellPatch[] = changes.map((change) => ({
      row: change.row,
      column: change.column,
      xml: (existing) => {
        const index = styleIndex.get(change.cell);
        return cellXml(prefix, change.row, change.column, index !== undefined && merger ? cellStyle(index) : existing, change.cell.value, date1904);
      },
    }));
    target.file(sheet.entry.part, patchSheetXml(xml, patches), { createFolders: false });
  }

  if (plan.transplants.length > 0) {
    const outZip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
    const output = exceljsOutput(outZip, (await packageLayout(outZip))?.sheets ?? []);
    const exceljsXml = await partText(outZip, 'xl/styles.xml');
    const sheetStyle = merger && exceljsXml !== undefined ? merger.from(exceljsXml) : KEEP_STYLES;
    await transplantSheets(target, origin.layout.workbookPart, output, plan.transplants, sheetStyle, date1904);
  }
  if (merger?.changed() && stylesPart) target.file(stylesPart, merger.result(), { createFolders: false });
  return target.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

async function stylesPartOf(origin: Origin): Promise<string | undefined> {
  const rel = (await relationshipsOf(origin.zip, origin.layout.workbookPart)).find((candidate) => isType(candidate, RELATIONSHIP_TYPE.styles) && !candidate.external);
  return rel ? resolveTarget(origin.layout.workbookPart, rel.target) : undefined;
}

/** The bytes to write for this workbook (the seam saveWorkbook writes through). */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  const origin = originOf(workbook);
  if (!origin) return Buffer.from(await workbook.xlsx.writeBuffer());
  const plan = planOf(workbook, origin);
  if (plan.patched.length === 0 && plan.transplants.length === 0) return origin.bytes;
  const bytes = await patchedPackage(workbook, origin, plan);
  // A second save of the same workbook starts from these bytes and these cells.
  const zip = await JSZip.loadAsync(bytes);
  const layout = await packageLayout(zip);
  if (layout) {
    for (const { sheet, changes } of plan.patched) for (const change of changes) sheet.cells.set(`${change.row}:${change.column}`, cellState(change.cell));
    rememberOrigin(workbook, bytes, zip, layout, plan.transplants.length ? undefined : origin.sheets);
  }
  return bytes;
}
