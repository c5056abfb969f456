import type { IsoDate } from '../../types.js';
import { toIsoDate } from '../iso-date.js';

/** Jekyll's post name, `YYYY-MM-DD-title.md`, after the last slash (either kind). */
const DATED_NAME = /(?:^|[\\/])(\d{4})-(\d{2})-(\d{2})-[^\\/]*$/;

/** The date a Jekyll-style file name gives its post (`_posts/2025-02-10-capex.md` → 2025-02-10), or null. */
export function fileNameDate(path: string): IsoDate | null {
  const match = DATED_NAME.exec(path);
  return match ? toIsoDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}
