import type { ReferenceRecord } from '../data/reference-schema.js';
import type { Attribution, Finding, IsoDate } from '../types.js';
import { reconcileClaim } from './reconcile-claim.js';

/** Judges every claim of one article against the reference records, as of the article's date. */
export function reconcileClaims(attribution: Attribution, records: readonly ReferenceRecord[], date: IsoDate): Finding[] {
  const context = { records, date, mentionedEntities: attribution.mentionedEntities };
  return attribution.claims.map((claim) => reconcileClaim(claim, context));
}
