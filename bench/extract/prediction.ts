/**
 * The one shape every extractor's output is scored in: a value or range in the unit as the
 * gold data counts it, a normalised unit, a change label and a span.
 */

/** CQE's change labels: "=" exact, "~" about, ">" more than, "<" up to (up/down are changes). */
export type Change = '=' | '~' | '<' | '>' | 'up' | 'down';

/** One extracted quantity, scored against gold. */
export interface Prediction {
  /** 0-based UTF-16 offsets, end exclusive; the span without a leading qualifier ("more than"). */
  readonly start: number;
  readonly end: number;
  readonly low: number;
  /** Equal to `low` for a point. */
  readonly high: number;
  readonly isRange: boolean;
  /** ISO code for money ("USD"), "percent", "GPU", "gigawatt", "user", another unit name, or null. */
  readonly unit: string | null;
  readonly isMoney: boolean;
  readonly change: Change;
}

/** An extractor under test: text in, predictions out. */
export type Extractor = (text: string) => Prediction[];
