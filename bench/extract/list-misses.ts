/** Per-sentence diff lines for NewsQuant: gold the extractor missed and predictions no gold took. */
import type { NewsQuantSentence } from './load-newsquant.js';
import { matches } from './match-values.js';
import type { Prediction } from './prediction.js';

/** Lines "#index [kind] gold/prediction | sentence" for money (value+currency) and all quantities (value). */
export function listMisses(sentences: readonly NewsQuantSentence[], money: readonly Prediction[][], all: readonly Prediction[][]): string[] {
  const lines = ['# NewsQuant money (value+currency): missed gold, unmatched predictions'];
  const describe = (p: Prediction): string => `${p.isRange ? `${p.low}-${p.high}` : p.low} ${p.unit ?? '-'} ${p.change}`;
  for (const sentence of sentences) {
    const gold = sentence.gold.filter((g) => g.isMoney);
    const predictions = (money[sentence.index] ?? []).filter((p) => p.isMoney);
    const used = new Set<number>();
    for (const g of gold) {
      const index = predictions.findIndex((p, i) => !used.has(i) && matches(g, p, { unit: true, change: false }));
      if (index >= 0) used.add(index);
      else lines.push(`#${sentence.index} MISS ${g.raw} | ${sentence.text}`);
    }
    predictions.forEach((p, i) => {
      if (!used.has(i)) lines.push(`#${sentence.index} EXTRA ${describe(p)} "${sentence.text.slice(p.start, p.end)}" | ${sentence.text}`);
    });
  }
  lines.push('', '# NewsQuant all quantities (value, with bare numbers): missed gold, unmatched predictions');
  for (const sentence of sentences) {
    const predictions = all[sentence.index] ?? [];
    const used = new Set<number>();
    for (const g of sentence.gold) {
      const index = predictions.findIndex((p, i) => !used.has(i) && matches(g, p, { unit: false, change: false }));
      if (index >= 0) used.add(index);
      else lines.push(`#${sentence.index} MISS ${g.raw} | ${sentence.text}`);
    }
    predictions.forEach((p, i) => {
      if (!used.has(i)) lines.push(`#${sentence.index} EXTRA ${describe(p)} "${sentence.text.slice(p.start, p.end)}" | ${sentence.text}`);
    });
  }
  return lines;
}
