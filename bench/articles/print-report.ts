/** The benchmark's printed report for one corpus: a pure function from outcomes to Markdown. */
import type { Expected } from './labels.js';
import { saidOf, totals, type LabelOutcome } from './score-labels.js';

/** What a corpus must reach. */
export interface Targets {
  /** False alarms as a share of clean figures, at most. */
  readonly maxFalseAlarmShare: number;
  /** Slips caught (error or warning), as a share of the corpus's slips, at least. */
  readonly minCaughtShare: number;
}

const VERDICT_ORDER: readonly Expected[] = [
  'supported', 'unverifiable', 'out-of-scope', 'overstated', 'understated', 'outdated', 'period-slip', 'misattributed',
  'currency-slip', 'scale-slip', 'inconsistent',
];

/** The report: headline numbers against targets, per-verdict rows, the confusion table, then every miss and false alarm. */
export function printCorpusReport(name: string, outcomes: readonly LabelOutcome[], pagesRun: number, pagesMissing: readonly string[], targets: Targets): string {
  const score = totals(outcomes);
  const share = score.clean === 0 ? 0 : score.falseAlarms / score.clean;
  const lines = [
    `## ${name}: ${pagesRun} pages run, ${outcomes.length} labels (${score.scored} scored: confidence medium or high)`,
    pagesMissing.length === 0 ? '' : `Pages not rebuilt (their labels are skipped): ${pagesMissing.join(', ')}`,
    '',
    '| measure | result | target | met |',
    '| --- | --- | --- | --- |',
    `| slips caught (error or warning) | ${score.caught}/${score.slips} (${pct(score.caught, score.slips)}) | ≥ ${(targets.minCaughtShare * 100).toFixed(0)}% | ${score.caught >= targets.minCaughtShare * score.slips ? 'yes' : 'NO'} |`,
    `| false alarms (error on a clean figure) | ${score.falseAlarms}/${score.clean} (${pct(score.falseAlarms, score.clean)}) | ≤ ${(targets.maxFalseAlarmShare * 100).toFixed(0)}% | ${share <= targets.maxFalseAlarmShare ? 'yes' : 'NO'} |`,
    `| exact verdict | ${score.exact}/${score.scored} (${pct(score.exact, score.scored)}) | | |`,
    '',
    '| expected | labels | caught | false alarms | exact |',
    '| --- | --- | --- | --- | --- |',
    ...VERDICT_ORDER.flatMap((verdict) => {
      const rows = outcomes.filter((outcome) => outcome.kind !== 'unscored' && outcome.label.expected === verdict);
      if (rows.length === 0) return [];
      const caught = rows[0]?.kind === 'slip' ? String(rows.filter((row) => row.caught).length) : '';
      const alarms = rows[0]?.kind === 'clean' ? String(rows.filter((row) => row.falseAlarm).length) : '';
      return [`| ${verdict} | ${rows.length} | ${caught} | ${alarms} | ${rows.filter((row) => row.exact).length} |`];
    }),
    '',
    confusionTable(outcomes.filter((outcome) => outcome.kind !== 'unscored')),
    '',
    `### Slips missed (${score.slips - score.caught})`,
    ...outcomes.filter((outcome) => outcome.kind === 'slip' && !outcome.caught).map(describe),
    '',
    `### False alarms (${score.falseAlarms})`,
    ...outcomes.filter((outcome) => outcome.falseAlarm).map(describe),
  ];
  return lines.join('\n');
}

function confusionTable(outcomes: readonly LabelOutcome[]): string {
  const said = [...new Set(outcomes.map(saidOf))].sort();
  const expected = VERDICT_ORDER.filter((verdict) => outcomes.some((outcome) => outcome.label.expected === verdict));
  const header = `| expected \\ capcheck | ${said.join(' | ')} |`;
  const rule = `| --- | ${said.map(() => '---').join(' | ')} |`;
  const rows = expected.map((verdict) => {
    const row = outcomes.filter((outcome) => outcome.label.expected === verdict);
    return `| ${verdict} | ${said.map((word) => String(row.filter((outcome) => saidOf(outcome) === word).length || '')).join(' | ')} |`;
  });
  return ['Confusion (rows: label; columns: the most severe matching finding):', '', header, rule, ...rows].join('\n');
}

function describe(outcome: LabelOutcome): string {
  const { label, shown } = outcome;
  const said = shown === null ? 'no finding' : `${shown.verdict} (${shown.severity}): ${shown.message}`;
  return `- ${label.file} — "${label.figure}" — expected ${label.expected}${label.alt.length > 0 ? ` (or ${label.alt.join(', ')})` : ''}; capcheck: ${said}\n  label: ${label.why}`;
}

function pct(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((part / whole) * 100).toFixed(1)}%`;
}
