/**
 * How firm a finding's footing is: the class of the source it cites, the record's confidence, whether
 * the record is the user's own, so an editor can weigh a verdict before acting on it.
 */
import type { ReferenceRecord, ReferenceSource } from '../data/reference-schema.js';

export type SourceClass = ReferenceSource['class'];
export type Confidence = ReferenceRecord['confidence'];

/** The footing of a finding that rests on a reference record. */
export interface Footing {
  /** The class of the source findings cite (the record's first). */
  readonly sourceClass: SourceClass;
  readonly confidence: Confidence;
  /** The record comes from the user's own data file, not capcheck's bundled dataset. */
  readonly userData: boolean;
  /** Whether any stored source is a primary one (the company's own statement or filing). */
  readonly primaryStored: boolean;
  /** The cited source's quote does not state the record's figure itself. */
  readonly quoteLacksFigure: boolean;
}

export function footingOf(record: ReferenceRecord): Footing {
  return {
    sourceClass: record.source.class,
    confidence: record.confidence,
    userData: record.origin.kind === 'user',
    primaryStored: record.sources.some((source) => source.class === 'primary'),
    quoteLacksFigure: record.source.quoteLacksFigure !== undefined,
  };
}

const SOURCE_WORDS: Readonly<Record<SourceClass, string>> = {
  primary: 'company statement (primary source)',
  reputable: "reputable outlet's report (secondary source)",
  weak: 'rests on a secondary page (weak source)',
};

/**
 * One line for people: "Footing: rests on a secondary page (weak source); no company statement
 * stored; confidence low", "Footing: company statement (primary source); confidence high".
 */
export function describeFooting(footing: Footing): string {
  const parts = [SOURCE_WORDS[footing.sourceClass]];
  if (footing.sourceClass !== 'primary') parts.push(footing.primaryStored ? 'a company statement is stored too' : 'no company statement stored');
  if (footing.quoteLacksFigure) parts.push('its quote does not state the figure');
  if (footing.userData) parts.push('from your own data');
  parts.push(`confidence ${footing.confidence}`);
  return `Footing: ${parts.join('; ')}`;
}

/** A few words for one-line formats: "weak source, no company statement, confidence low". */
export function footingTag(footing: Footing): string {
  const parts = [`${footing.sourceClass} source`];
  if (footing.sourceClass !== 'primary' && !footing.primaryStored) parts.push('no company statement');
  if (footing.userData) parts.push('your data');
  parts.push(`confidence ${footing.confidence}`);
  return parts.join(', ');
}
