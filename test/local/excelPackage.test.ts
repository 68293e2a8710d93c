/** The pieces of the package patch: a worksheet part patched cell by cell, text as SpreadsheetML carries it, styles appended. */
import { cellXml, encodeXstring } from '../../src/local/excel/package/cellXml';
import { resolveTarget } from '../../src/local/excel/package/parts';
import { type CellPatch, patchSheetXml } from '../../src/local/excel/package/sheetPatch';
import { StyleMerger } from '../../src/local/excel/package/styles';

function text(row: number, column: number, value: string): CellPatch {
  return { row, column, xml: (style) => cellXml('', row, column, style, value, false) };
}

describe('patchSheetXml', () => {
  const sheet = (data: string): string => `<worksheet><dimension ref="A1:B3"/><sheetData>${data}</sheetData><mergeCells count="1"><mergeCell ref="A9:B9"/></mergeCells></worksheet>`;

  test('replaces a cell keeping its style, inserts cells and rows in order, leaves everything else as it was', () => {
    const xml = sheet('<row r="1" spans="1:2"><c r="A1" s="4" t="s"><v>0</v></c><c r="C1"><v>3</v></c></row><row r="3"><c r="A3"><v>1</v></c></row>');
    const out = patchSheetXml(xml, [text(1, 1, 'новое'), text(1, 2, 'Б'), text(2, 1, 'вторая'), text(5, 2, 'пятая')]);
    expect(out).toBe(sheet(
      '<row r="1"><c r="A1" s="4" t="inlineStr"><is><t xml:space="preserve">новое</t></is></c>'
      + '<c r="B1" t="inlineStr"><is><t xml:space="preserve">Б</t></is></c><c r="C1"><v>3</v></c></row>'
      + '<row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve">вторая</t></is></c></row>'
      + '<row r="3"><c r="A3"><v>1</v></c></row>'
      + '<row r="5"><c r="B5" t="inlineStr"><is><t xml:space="preserve">пятая</t></is></c></row>',
    ).replace('A1:B3', 'A1:B5'));
  });

  test('rows and cells without r (allowed by the standard) are numbered by position', () => {
    const out = patchSheetXml('<worksheet><sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row/></sheetData></worksheet>', [text(2, 2, 'x')]);
    expect(out).toBe('<worksheet><sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row r="2"><c r="B2" t="inlineStr"><is><t xml:space="preserve">x</t></is></c></row></sheetData></worksheet>');
  });

  test('an empty sheetData and a prefixed worksheet', () => {
    expect(patchSheetXml('<worksheet><sheetData/></worksheet>', [text(1, 1, 'a')]))
      .toBe('<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">a</t></is></c></row></sheetData></worksheet>');
    const prefixed = { row: 1, column: 1, xml: (style: string | undefined) => cellXml('x:', 1, 1, style, 5, false) };
    expect(patchSheetXml('<x:worksheet><x:sheetData></x:sheetData></x:worksheet>', [prefixed]))
      .toBe('<x:worksheet><x:sheetData><x:row r="1"><x:c r="A1"><x:v>5</x:v></x:c></x:row></x:sheetData></x:worksheet>');
  });
});

describe('cell text', () => {
  test('a typed «_x0041_» and control characters are escaped as Excel saves them; markup is escaped', () => {
    expect(encodeXstring('_x0041_ <b> & \u0001\t')).toBe('_x005F_x0041_ &lt;b&gt; &amp; _x0001_\t');
  });

  test('dates are serial numbers; an empty text is an empty cell; booleans', () => {
    expect(cellXml('', 2, 3, '7', new Date(Date.UTC(2026, 10, 20)), false)).toBe('<c r="C2" s="7"><v>46346</v></c>');
    expect(cellXml('', 2, 3, undefined, '', false)).toBe('<c r="C2"/>');
    expect(cellXml('', 1, 1, undefined, true, false)).toBe('<c r="A1" t="b"><v>1</v></c>');
  });
});

test('relationship targets: relative to the source part, or absolute from the package root', () => {
  expect(resolveTarget('xl/workbook.xml', 'worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
  expect(resolveTarget('xl/worksheets/sheet1.xml', '../comments1.xml')).toBe('xl/comments1.xml');
  expect(resolveTarget('xl/worksheets/sheet1.xml', '/xl/comments/comment1.xml')).toBe('xl/comments/comment1.xml');
});

test('StyleMerger appends a format with its font and number format, reuses what the original has, leaves the rest', () => {
  const original = '<styleSheet><fonts count="1"><font><sz val="10"/></font></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>'
    + '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellXfs></styleSheet>';
  const exceljs = '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/></numFmts>'
    + '<fonts count="2"><font><sz val="10"/></font><font><b/></font></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>'
    + '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>';
  const merger = new StyleMerger(original);
  const map = merger.from(exceljs);
  expect(map('1')).toBe('1');
  expect(map('1')).toBe('1');
  expect(merger.result()).toBe('<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/></numFmts>'
    + '<fonts count="2"><font><sz val="10"/></font><font><b/></font></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>'
    + '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>');
});
