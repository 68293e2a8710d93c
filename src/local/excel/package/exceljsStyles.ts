/**
 * exceljs's own style writer, used alone: the cell formats of a few cells the product changed, without writing the
 * whole workbook to learn them. exceljs 4.4.0 is pinned (package.json), so its internal modules stay where they are.
 */
import type ExcelJS from 'exceljs';
import StylesXform from 'exceljs/lib/xlsx/xform/style/styles-xform';
import XmlStream from 'exceljs/lib/utils/xml-stream';

export interface ExceljsStyles {
  /** exceljs's style index for the cell's style. */
  indexOf(cell: ExcelJS.Cell): string;
  /** The styles part those indexes point into. */
  xml(): string;
}

export function exceljsStyles(): ExceljsStyles {
  const styles = new StylesXform(true);
  return {
    indexOf: (cell) => String(styles.addStyleModel(cell.style, cell.type)),
    xml: () => {
      const stream = new XmlStream();
      styles.render(stream);
      return stream.xml;
    },
  };
}
