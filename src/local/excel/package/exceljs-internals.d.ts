/** The two internal modules of exceljs 4.4.0 that exceljsStyles.ts uses, as far as it uses them. */
declare module 'exceljs/lib/xlsx/xform/style/styles-xform' {
  export default class StylesXform {
    constructor(initialise: boolean);
    addStyleModel(model: unknown, cellType: unknown): number;
    render(stream: unknown): void;
  }
}

declare module 'exceljs/lib/utils/xml-stream' {
  export default class XmlStream {
    readonly xml: string;
  }
}
