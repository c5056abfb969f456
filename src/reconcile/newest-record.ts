import type { ReferenceRecord } from '../data/reference-schema.js';

/** The most recently announced record (ties: the later id, so the choice never depends on order). */
export function newestRecord(records: readonly ReferenceRecord[]): ReferenceRecord | null {
  let latest: ReferenceRecord | null = null;
  for (const record of records) {
    if (latest === null || record.announced > latest.announced || (record.announced === latest.announced && record.id > latest.id)) {
      latest = record;
    }
  }
  return latest;
}
