import type { ReferenceRecord } from '../data/reference-schema.js';
import { describeDate } from './describe-date.js';

/** ", from your data: mine.json" for a record from a user's file; nothing for a bundled one. */
export function userDataNote(record: ReferenceRecord): string {
  return record.origin.kind === 'user' ? `, from your data: ${record.origin.file}` : '';
}

/** " (from your data: mine.json)" after a value from a user's file; nothing for a bundled one. */
export function userDataClause(record: ReferenceRecord): string {
  return record.origin.kind === 'user' ? ` (from your data: ${record.origin.file})` : '';
}

/** When a record was announced, saying where it comes from when a user supplied it: "29 Jan 2025, from your data: mine.json". */
export function describeAnnounced(record: ReferenceRecord): string {
  return `${describeDate(record.announced)}${userDataNote(record)}`;
}
