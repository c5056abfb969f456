import type { ReferenceRecord } from '../data/reference-schema.js';
import { describeDate } from '../describe/describe-date.js';
import { describeReferenceValue } from '../describe/describe-value.js';
import { describeFooting, footingOf } from './footing.js';

/** The evidence behind a finding in one line: the official figure, who said it, when, where to read it, and how firm it is. */
export function describeEvidence(reference: ReferenceRecord): string {
  const { source } = reference;
  return `Official figure: ${describeReferenceValue(reference)}. Source: ${source.title} (${source.publisher}, ${describeDate(source.date)}) ${source.url} — ${describeFooting(footingOf(reference))}.`;
}
