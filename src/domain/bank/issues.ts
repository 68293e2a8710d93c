/** A problem found in the bank, located as the curator sees it. */
export interface Issue {
  severity: 'error' | 'warning';
  sheet: string;
  /** Sheet row (the header is row 1); null when the whole sheet is concerned. */
  row: number | null;
  /** Column header; null when the whole sheet or row is concerned. */
  column: string | null;
  message: string;
}

export interface CheckReport {
  errors: Issue[];
  warnings: Issue[];
}

export function splitIssues(issues: readonly Issue[]): CheckReport {
  return {
    errors: issues.filter((i) => i.severity === 'error'),
    warnings: issues.filter((i) => i.severity === 'warning'),
  };
}
