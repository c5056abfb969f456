import type { ReferenceRecord } from '../data/reference-schema.js';
import type { Attribution, Finding, IsoDate } from '../types.js';
import type { CurrencyConverter } from './currency-converter.js';
import type { GdpTable } from '../data/gdp.js';
import { checkGdpComparison } from './check-gdp-comparison.js';
import { checkGrowth } from './check-growth.js';
import { findContradictions } from './find-contradictions.js';
import { reconcileClaim } from './reconcile-claim.js';

/** The official data claims are judged against. */
export interface ReferenceData {
  readonly records: readonly ReferenceRecord[];
  readonly fx: CurrencyConverter;
  readonly gdp: GdpTable;
}

/** Judges every claim of one article against the reference data as of its date, and against the article itself. */
export function reconcileClaims(attribution: Attribution, reference: ReferenceData, date: IsoDate): Finding[] {
  const context = { ...reference, date, mentionedEntities: attribution.mentionedEntities };
  // Growth percentages tied to a figure are judged as growth claims below; the rest stand alone.
  const growthSpans = new Set(attribution.growthClaims.map((growth) => growth.span.start));
  const judged = attribution.claims.filter((claim) => !growthSpans.has(claim.figure.start)).map((claim) => reconcileClaim(claim, context));
  const compared = findContradictions({ claims: attribution.claims, restatements: attribution.restatements, date, fx: reference.fx });
  const gdpContext = { gdp: reference.gdp, fx: reference.fx, date };
  const gdpFindings = attribution.gdpComparisons.flatMap((comparison) => checkGdpComparison(comparison, gdpContext));
  const growthFindings = attribution.growthClaims.map((growth) => checkGrowth(growth, reference.records, date));
  return [...judged, ...compared, ...gdpFindings, ...growthFindings];
}
