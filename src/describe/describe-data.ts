import type { DataVersions } from '../types.js';
import { describeDate } from './describe-date.js';

/** " (from path)" for data the user supplied; nothing for capcheck's own. */
function from(source: string): string {
  return source === 'bundled' ? '' : ` (from ${source})`;
}

/**
 * The data a report rests on, in one line: "Data: reference records 2026-04-29 (announcements through
 * 29 Apr 2026) · ECB rates through 13 Apr 2026 · World Bank GDP through 2023".
 */
export function describeDataVersions(data: DataVersions): string {
  const { reference, fx, gdp } = data;
  return (
    `Data: reference records ${reference.version} (announcements through ${describeDate(reference.dataThrough)})${from(reference.source)}` +
    ` · ECB rates through ${describeDate(fx.through)}${from(fx.source)}` +
    ` · World Bank GDP through ${gdp.through}${from(gdp.source)}`
  );
}

/** What `--version` prints: "capcheck 0.1.0 (reference data through 2026-04-29; ECB rates through 2026-04-13; GDP 2023)". */
export function describeVersion(version: string, data: DataVersions | null): string {
  if (data === null) return `capcheck ${version}`;
  const { reference } = data;
  const dataset = reference.version === reference.dataThrough ? '' : ` ${reference.version},`;
  return `capcheck ${version} (reference data${dataset} through ${reference.dataThrough}; ECB rates through ${data.fx.through}; GDP ${data.gdp.through})`;
}
