import type { FxSource } from './fx-schema.js';
import type { FxTable } from './fx.js';

/**
 * A table whose source is known at once and whose dates and rates are read by `load` on first use:
 * most articles convert nothing (a dollar figure checked against dollar records), and their runs
 * never parse the ECB history.
 */
export function lazyFxTable(source: FxSource, load: () => FxTable): FxTable {
  let table: FxTable | undefined;
  const full = (): FxTable => {
    table ??= load();
    return table;
  };
  return {
    source,
    get dates() {
      return full().dates;
    },
    get rates() {
      return full().rates;
    },
  };
}
