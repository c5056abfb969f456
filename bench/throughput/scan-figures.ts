/**
 * The yardstick: one regex pass over the text finding figure-like runs (a currency sign or digits, with
 * a scale word or a percent sign). No parsing, no context: the fastest a figure finder can go in JavaScript.
 */
const SCAN_PATTERN = /[$€£¥]\s?\d[\d,.]*|\d[\d,.]*\s?(?:%|percent|billion|million|bn)/g;

/** How many figure-like runs `text` holds. */
export function scanFigures(text: string): number {
  let count = 0;
  SCAN_PATTERN.lastIndex = 0;
  while (SCAN_PATTERN.exec(text) !== null) count++;
  return count;
}

/** Seconds per pass of `work` over repeated passes lasting at least `minMs` (one pass when it alone takes longer). */
export function timePerPass(work: () => unknown, minMs: number): number {
  let passes = 0;
  let sink: unknown = null;
  const started = performance.now();
  let elapsed = 0;
  do {
    sink = work();
    passes++;
    elapsed = performance.now() - started;
  } while (elapsed < minMs);
  // Kept so no engine can drop the calls as dead code.
  if (sink === Symbol.for('never')) console.log(sink);
  return elapsed / 1000 / passes;
}
