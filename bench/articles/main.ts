/**
 * `npm run bench:articles`: capcheck on real articles. For each corpus — the development corpus
 * (labels in ../shared/eval/articles-dev) and the added one (labels in bench/articles/labels.jsonl) —
 * runs the command line on every rebuilt page as of its label date, scores the findings as the
 * corpus README defines, and prints the results against the targets. Page text lives in the
 * git-ignored bench/articles/pages/<corpus>/ (see bench/articles/README.md to rebuild it).
 *
 * Options: --root DIR (a built checkout to run instead of this one: compare versions),
 * --corpus dev|added (one corpus only), --json FILE (write every outcome, for diffs between runs).
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPO_ROOT } from '../extract/shared-data.js';
import { loadLabels, type Label } from './labels.js';
import { loadPage } from './pages.js';
import { printCorpusReport, type Targets } from './print-report.js';
import { loadCapcheck, type FindingJson } from './run-capcheck.js';
import { saidOf, scoreLabel, totals, type LabelOutcome } from './score-labels.js';
import { TARGETS } from './targets.js';

interface Corpus {
  readonly name: 'dev' | 'added';
  readonly labelsPath: string;
  readonly pagesFolder: string;
  readonly targets: Targets;
}

const CORPORA: readonly Corpus[] = [
  { name: 'dev', labelsPath: resolve(REPO_ROOT, '..', 'shared', 'eval', 'articles-dev', 'labels.jsonl'), pagesFolder: join(REPO_ROOT, 'bench', 'articles', 'pages', 'dev'), targets: TARGETS.dev },
  { name: 'added', labelsPath: join(REPO_ROOT, 'bench', 'articles', 'labels.jsonl'), pagesFolder: join(REPO_ROOT, 'bench', 'articles', 'pages', 'added'), targets: TARGETS.added },
];

async function main(argv: readonly string[]): Promise<number> {
  const option = (name: string): string | undefined => {
    const at = argv.indexOf(name);
    return at === -1 ? undefined : argv[at + 1];
  };
  const root = resolve(option('--root') ?? REPO_ROOT);
  const only = option('--corpus');
  const check = await loadCapcheck(root);
  const summary: string[] = [];
  const everything: Record<string, unknown[]> = {};
  for (const corpus of CORPORA.filter((candidate) => only === undefined || candidate.name === only)) {
    const labels = loadLabels(corpus.labelsPath);
    if (labels === null) {
      console.log(`## ${corpus.name}: no labels at ${corpus.labelsPath}; skipped.\n`);
      continue;
    }
    const { outcomes, pagesRun, pagesMissing } = await runCorpus(corpus, labels, check);
    console.log(`${printCorpusReport(corpus.name, outcomes, pagesRun, pagesMissing, corpus.targets)}\n`);
    const score = totals(outcomes);
    summary.push(`| ${corpus.name} | ${pagesRun} | ${score.caught}/${score.slips} | ${score.falseAlarms}/${score.clean} (${((100 * score.falseAlarms) / Math.max(1, score.clean)).toFixed(1)}%) | ${score.exact}/${score.scored} |`);
    everything[corpus.name] = outcomes.map((outcome) => ({ file: outcome.label.file, figure: outcome.label.figure, expected: outcome.label.expected, said: saidOf(outcome), caught: outcome.caught, falseAlarm: outcome.falseAlarm, exact: outcome.exact, message: outcome.shown?.message ?? null }));
  }
  console.log(['## Summary', '', '| corpus | pages | slips caught | false alarms | exact verdict |', '| --- | --- | --- | --- | --- |', ...summary].join('\n'));
  const jsonPath = option('--json');
  if (jsonPath !== undefined) writeFileSync(jsonPath, `${JSON.stringify(everything, null, 1)}\n`);
  return 0;
}

async function runCorpus(
  corpus: Corpus,
  labels: readonly Label[],
  check: (body: string, name: string, date: string) => Promise<FindingJson[]>,
): Promise<{ outcomes: LabelOutcome[]; pagesRun: number; pagesMissing: string[] }> {
  const outcomes: LabelOutcome[] = [];
  const pagesMissing: string[] = [];
  let pagesRun = 0;
  const byFile = new Map<string, Label[]>();
  for (const label of labels) byFile.set(label.file, [...(byFile.get(label.file) ?? []), label]);
  for (const [file, pageLabels] of byFile) {
    const page = loadPage(corpus.pagesFolder, file);
    if (page === null) {
      pagesMissing.push(file);
      continue;
    }
    const date = pageLabels[0]?.date ?? '';
    const findings = await check(page.body, file, date);
    pagesRun++;
    for (const label of pageLabels) {
      const figureInPage = page.body.includes(label.figure);
      if (!figureInPage) console.log(`not scored: ${file}: label figure "${label.figure}" is not in the rebuilt page body`);
      outcomes.push(scoreLabel(label, findings, figureInPage));
    }
  }
  return { outcomes, pagesRun, pagesMissing };
}

process.exitCode = await main(process.argv.slice(2));
