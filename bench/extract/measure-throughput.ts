/**
 * Throughput on one sentence list, in one process: each extractor is warmed up first, then timed
 * over whole passes until at least `minMs` have elapsed. Reports sentences per second.
 */

/** Sentences per second of `extractor` over `sentences`. */
export function measureThroughput(sentences: readonly string[], extractor: (text: string) => unknown, minMs: number, warmupPasses: number): number {
  for (let pass = 0; pass < warmupPasses; pass++) for (const sentence of sentences) extractor(sentence);
  let count = 0;
  const started = performance.now();
  let elapsed = 0;
  do {
    for (const sentence of sentences) extractor(sentence);
    count += sentences.length;
    elapsed = performance.now() - started;
  } while (elapsed < minMs);
  return (count * 1000) / elapsed;
}
