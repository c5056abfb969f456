/**
 * Labels of real articles: one JSON object a line, as `../shared/eval/articles-dev/README.md`
 * defines them (the added corpus in bench/articles/labels.jsonl uses the same fields, plus `url`).
 */
import { existsSync, readFileSync } from 'node:fs';

/** Verdicts a label may expect: capcheck's, plus `out-of-scope` (not checked, info). */
export type Expected =
  | 'supported' | 'overstated' | 'understated' | 'outdated' | 'period-slip' | 'misattributed'
  | 'currency-slip' | 'scale-slip' | 'inconsistent' | 'unverifiable' | 'out-of-scope';

/** One labelled figure on one page. */
export interface Label {
  readonly file: string;
  /** Check the page as of this date. */
  readonly date: string;
  /** The figure exactly as written: a substring of the page body. */
  readonly figure: string;
  readonly entity: string;
  readonly metric: string;
  readonly period: string;
  readonly expected: Expected;
  readonly confidence: 'high' | 'medium' | 'low';
  /** Other acceptable verdicts. */
  readonly alt: readonly Expected[];
  readonly why: string;
}

/** Verdicts that are slips a checker should catch. */
export const SLIPS: ReadonlySet<Expected> = new Set([
  'overstated', 'understated', 'outdated', 'period-slip', 'misattributed', 'currency-slip', 'scale-slip', 'inconsistent',
]);
const EXPECTED: ReadonlySet<string> = new Set([...SLIPS, 'supported', 'unverifiable', 'out-of-scope']);

/** Reads a labels file, or null when it is absent; a malformed line stops the run naming it. */
export function loadLabels(path: string): Label[] | null {
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8')
    .split('\n')
    .flatMap((line, index) => (line.trim() === '' ? [] : [parseLabel(line, `${path}:${index + 1}`)]));
}

function parseLabel(line: string, where: string): Label {
  const raw = JSON.parse(line) as Record<string, unknown>;
  const text = (key: string): string => {
    const value = raw[key];
    if (typeof value !== 'string') throw new Error(`${where}: "${key}" is not a string`);
    return value;
  };
  const expected = text('expected');
  if (!EXPECTED.has(expected)) throw new Error(`${where}: unknown verdict "${expected}"`);
  const confidence = text('confidence');
  if (confidence !== 'high' && confidence !== 'medium' && confidence !== 'low') throw new Error(`${where}: bad confidence "${confidence}"`);
  const alt = Array.isArray(raw['alt']) ? raw['alt'].filter((verdict): verdict is Expected => typeof verdict === 'string' && EXPECTED.has(verdict)) : [];
  return {
    file: text('file'),
    date: text('date'),
    figure: text('figure'),
    entity: String(raw['entity'] ?? ''),
    metric: String(raw['metric'] ?? ''),
    period: String(raw['period'] ?? ''),
    expected: expected as Expected,
    confidence,
    alt,
    why: String(raw['why'] ?? ''),
  };
}
