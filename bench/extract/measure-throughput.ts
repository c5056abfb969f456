/**
 * Throughput of two extractors on one sentence list, in one process, measured fairly: both are
 * warmed up with a full pass, then timed in interleaved rounds (so both see the same machine
 * load), each round being whole passes over the same sentences for at least `minRoundMs`. The
 * medians of the per-round rates and of the per-round ratios are reported.
 */

/** Median sentences per second of each extractor, and the median of their per-round ratios. */
export interface Throughput {
  readonly ours: number;
  readonly peer: number;
  readonly ratio: number;
}

/** Times `ours` against `peer` over `rounds` interleaved rounds. */
export function compareThroughput(
  sentences: readonly string[],
  ours: (text: string) => unknown,
  peer: (text: string) => unknown,
  rounds: number,
  minRoundMs: number,
): Throughput {
  runPass(sentences, ours);
  runPass(sentences, peer);
  const oursRates: number[] = [];
  const peerRates: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const peerRate = timeRound(sentences, peer, minRoundMs);
    const oursRate = timeRound(sentences, ours, minRoundMs);
    peerRates.push(peerRate);
    oursRates.push(oursRate);
    ratios.push(oursRate / peerRate);
  }
  return { ours: median(oursRates), peer: median(peerRates), ratio: median(ratios) };
}

/** Sentences per second over whole passes lasting at least `minMs`. */
function timeRound(sentences: readonly string[], extractor: (text: string) => unknown, minMs: number): number {
  let count = 0;
  const started = performance.now();
  let elapsed = 0;
  do {
    runPass(sentences, extractor);
    count += sentences.length;
    elapsed = performance.now() - started;
  } while (elapsed < minMs);
  return (count * 1000) / elapsed;
}

// The results are kept in a sink so no engine can drop the calls as dead code.
let sink: unknown = null;

function runPass(sentences: readonly string[], extractor: (text: string) => unknown): void {
  for (const sentence of sentences) sink = extractor(sentence);
  if (sink === undefined) sink = null;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
