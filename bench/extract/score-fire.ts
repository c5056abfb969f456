/**
 * FIRE (NAACL 2024 Findings, CC-BY-4.0) Money spans, dev + test: the tokens are joined with single
 * spaces ("$ 41.7 million", as the peers doc measured) and token spans become character spans.
 * Exact: same start and end; overlap: any shared character, matched one-to-one. Spans only.
 */
import type { Extractor } from './prediction.js';
import { toScore, type Score } from './score-newsquant.js';
import { readDataJson } from './shared-data.js';

interface FireSentence {
  readonly tokens: readonly string[];
  readonly entities: readonly { readonly type: string; readonly start: number; readonly end: number }[];
}

/** A sentence as text with its gold money spans (0-based, end exclusive). */
export interface FireCase {
  readonly text: string;
  readonly spans: readonly (readonly [number, number])[];
}

/** Loads dev and test, or null when absent. */
export function loadFire(): FireCase[] | null {
  const dev = readDataJson('fire/fire_dev.json') as FireSentence[] | null;
  const test = readDataJson('fire/fire_test.json') as FireSentence[] | null;
  if (dev === null || test === null) return null;
  return [...dev, ...test].map((sentence) => {
    const starts: number[] = [];
    let offset = 0;
    for (const token of sentence.tokens) {
      starts.push(offset);
      offset += token.length + 1;
    }
    const spans = sentence.entities
      .filter((e) => e.type === 'Money')
      .map((e) => [starts[e.start] ?? 0, (starts[e.end - 1] ?? 0) + (sentence.tokens[e.end - 1]?.length ?? 0)] as const);
    return { text: sentence.tokens.join(' '), spans };
  });
}

/** Exact and overlap span scores of the extractor's money predictions. */
export function scoreFire(cases: readonly FireCase[], extractor: Extractor): { exact: Score; overlap: Score } {
  let exact = 0;
  let overlap = 0;
  let predicted = 0;
  let gold = 0;
  for (const { text, spans } of cases) {
    const predictions = extractor(text).filter((p) => p.isMoney);
    predicted += predictions.length;
    gold += spans.length;
    exact += spans.filter(([s, e]) => predictions.some((p) => p.start === s && p.end === e)).length;
    const used = new Set<number>();
    for (const [s, e] of spans) {
      const index = predictions.findIndex((p, i) => !used.has(i) && p.start < e && s < p.end);
      if (index >= 0) {
        used.add(index);
        overlap += 1;
      }
    }
  }
  return { exact: toScore(exact, predicted, gold), overlap: toScore(overlap, predicted, gold) };
}
