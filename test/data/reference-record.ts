/**
 * Builds a compiled reference record for tests from the fields a test cares about; the rest get
 * neutral values (a weak source, low confidence, company-wide, bundled).
 */
import type { ReferenceRecord, ReferenceSource } from '../../src/data/reference-schema.js';

type Fields = Omit<ReferenceRecord, 'source' | 'sources' | 'supersedes' | 'confidence' | 'capexBasis' | 'scope' | 'origin' | 'period'> & {
  readonly period: { readonly label: string; readonly start: string; readonly end: string; readonly granularity?: 'year' | 'quarter' | 'span' | 'moment' } | null;
  readonly source: Omit<ReferenceSource, 'class'> & { readonly class?: ReferenceSource['class'] };
} & Partial<Pick<ReferenceRecord, 'supersedes' | 'confidence' | 'capexBasis' | 'scope' | 'origin'>>;

export function referenceRecord(fields: Fields): ReferenceRecord {
  const source: ReferenceSource = { class: 'weak', ...fields.source };
  return {
    supersedes: null,
    confidence: 'low',
    capexBasis: null,
    scope: { kind: 'company' },
    origin: { kind: 'bundled', file: 'test' },
    ...fields,
    period: fields.period === null ? null : { granularity: 'year', ...fields.period },
    source,
    sources: [source],
  };
}
