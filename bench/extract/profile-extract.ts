/**
 * Bench-only profiling harness: runs extractFigures over the NewsQuant sentences for a fixed
 * time, so `node --cpu-prof build/bench/bench/extract/profile-extract.js` shows the hot spots.
 * Prints sentences per second (median and best of rounds) and a checksum of the output, so a speed-up
 * that changes results is noticed at once.
 */
import { extractFigures } from '../../src/extract/extract-figures.js';
import { loadNewsQuant } from './load-newsquant.js';

const ROUNDS = Number(process.argv[2] ?? 15);
const ROUND_MS = Number(process.argv[3] ?? 300);

function main(): number {
  const newsQuant = loadNewsQuant();
  if (newsQuant === null) {
    console.log('NewsQuant not found, nothing to profile.');
    return 0;
  }
  const sentences = newsQuant.map((s) => s.text);
  const checksum = JSON.stringify(sentences.map((s) => extractFigures(s)), (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));
  const rates: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    let count = 0;
    const started = performance.now();
    let elapsed = 0;
    do {
      for (const sentence of sentences) extractFigures(sentence);
      count += sentences.length;
      elapsed = performance.now() - started;
    } while (elapsed < ROUND_MS);
    rates.push((count * 1000) / elapsed);
  }
  rates.sort((a, b) => a - b);
  console.log(`median ${(rates[Math.floor(rates.length / 2)] ?? 0).toFixed(0)}, best ${(rates.at(-1) ?? 0).toFixed(0)} sentences/s; output ${checksum.length} chars, hash ${hash(checksum)}`);
  return 0;
}

function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16);
}

process.exitCode = main();
