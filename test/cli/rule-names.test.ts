/**
 * Rule names through the real CLI: `capcheck explain`, unknown rules in the configuration
 * (exit 2, one line) and in disable comments (a warning that silences nothing).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS, RULES } from '../../src/reconcile/rules.js';
import { REPO_ROOT, runCli } from '../run-cli.js';

const root = mkdtempSync(join(tmpdir(), 'capcheck-rule-names-'));
function write(path: string, text: string): string {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
  return join(root, path);
}

const ARTICLE = 'Meta plans to spend $70 billion on capital expenditures in 2025.\n';
const KNOWN = `(known: ${RULE_IDS.join(', ')})`;

describe('capcheck explain', () => {
  it("prints the rule's page from docs/rules, found beside the package and not in the working folder", () => {
    const run = runCli(['explain', 'period-slip'], { cwd: root });
    expect(run).toEqual({ exitCode: 0, stdout: readFileSync(join(REPO_ROOT, 'docs', 'rules', 'period-slip.md'), 'utf8'), stderr: '' });
  });

  it('lists every rule with its default severity and summary when no rule is given', () => {
    const run = runCli(['explain']);
    expect(run.exitCode).toBe(0);
    const lines = run.stdout.split('\n');
    for (const id of RULE_IDS) {
      expect(lines.find((line) => line.startsWith(`${id} `))).toMatch(new RegExp(`^${id} +${RULES[id].severity} +${RULES[id].summary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    }
  });

  it.each([
    ['overstatd', `capcheck: explain: unknown rule "overstatd"; did you mean "overstated"? ${KNOWN}\n`],
    ['Period-Slip', `capcheck: explain: unknown rule "Period-Slip"; did you mean "period-slip"? ${KNOWN}\n`],
    ['xyz', `capcheck: explain: unknown rule "xyz" ${KNOWN}\n`],
  ])('refuses the unknown rule %s in one line, exit 2', (rule, stderr) => {
    expect(runCli(['explain', rule])).toEqual({ exitCode: 2, stdout: '', stderr });
  });

  it('ships docs/ in the package, where explain reads it', () => {
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(manifest.files).toContain('docs');
  });
});

describe('unknown rules in the configuration', () => {
  it.each([
    ['json', '.capcheckrc.json', '{ "rules": { "overstatd": "off" } }', 'rules.overstatd: unknown rule; did you mean "overstated"?'],
    ['yaml', '.capcheckrc.yaml', 'rules:\n  inconsistnt: warning\n', 'rules.inconsistnt: unknown rule; did you mean "inconsistent"?'],
    ['package.json', 'package.json', '{ "capcheck": { "rules": { "nonsense": "off" } } }', 'capcheck.rules.nonsense: unknown rule'],
  ])('%s: one line naming the file and the rule, exit 2, nothing checked', (folder, name, text, problem) => {
    const config = write(join(`config-${folder}`, name), text);
    write(join(`config-${folder}`, 'a.md'), ARTICLE);
    const run = runCli(['a.md', '--date', '2025-02-10'], { cwd: join(root, `config-${folder}`) });
    expect(run).toEqual({ exitCode: 2, stdout: '', stderr: `capcheck: ${config}: ${problem} (capcheck explain lists the rules)\n` });
  });
});

describe('unknown rules in disable comments', () => {
  const draft = write('directives/draft.md', `<!-- capcheck-disable-next-line overstatd -- reviewed -->\n${ARTICLE}`);

  it('are a warning pointing at the name, and silence nothing', () => {
    const run = runCli([draft, '--date', '2025-02-10', '--format', 'unix', '--no-config']);
    expect(run.exitCode).toBe(1);
    expect(run.stdout.split('\n').map((line) => line.replace(/^.*draft\.md:/, '').replace(/ "\$70 billion".*\[/, ' … ['))).toEqual([
      '1:33: warning Unknown rule "overstatd" in a capcheck-disable-next-line directive: it silences nothing. Did you mean "overstated"? [unknown-rule-in-directive]',
      '2:21: error … [overstated]',
      '',
    ]);
  });

  it('can be turned off in the configuration, like any rule', () => {
    const config = write('directives/off.json', '{ "rules": { "unknown-rule-in-directive": "off" } }');
    const run = runCli([draft, '--date', '2025-02-10', '--format', 'unix', '--config', config]);
    expect(run.stdout).not.toContain('unknown-rule-in-directive');
    expect(run.stdout).toContain('[overstated]');
  });
});
