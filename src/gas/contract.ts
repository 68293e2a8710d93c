/**
 * The functions the sidebar calls through google.script.run. The server implements this interface and the client is
 * typed by it, so a renamed function or a changed argument fails to compile on both sides.
 */
import type { CheckReport } from '../domain/bank/issues';
import type { CellTarget } from './bank/check';

export interface ServerApi {
  checkBankReport(): CheckReport;
  goToCell(target: CellTarget): void;
}
