/**
 * The rule pages in docs/rules/ against the rules themselves: one page per rule and no other,
 * each saying its severity and how to silence it, and every example run through the CLI
 * (in process), its output compared byte for byte, so the docs cannot drift from behaviour.
 * UPDATE_FIXTURES=1 rewrites the examples' outputs in place: review the diff.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type CliEnvironment } from '../../src/cli/main.js';
import { RULE_IDS, RULES } from '../../src/reconcile/rules.js';
import { REPO_ROOT } from '../run-cli.js';
import { readRuleDocExamples, type RuleDocExample } from './rule-doc-examples.js';

const DOCS = join(REPO_ROOT, 'docs', 'rules');
const ABOUT_DIRECTIVES = new Set<string>(['unused-disable-directive', 'unknown-rule-in-directive']);
const UPDATE = process.env['UPDATE_FIXTURES'] === '1';
const pages = readdirSync(DOCS).filter((name) => name.endsWith('.md') && name !== 'README.md').sort();
const page = (id: string) => readFileSync(join(DOCS, `${id}.md`), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'capcheck-rule-docs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `capcheck <args>` in process, in a folder holding only the example's file. */
async function run(example: RuleDocExample, folder: string): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  writeFileSync(join(folder, example.file), example.input);
  let stdout = '';
  let stderr = '';
  const environment: CliEnvironment = {
    stdin: Object.assign(Readable.from(['']), { isTTY: false }),
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
    env: {},
    today: () => '2025-02-10',
    cwd: () => folder,
  };
  const exitCode = await main(example.args, environment);
  return { exitCode, stdout, stderr };
}

describe('docs/rules', () => {
  it('has a page for every rule, and no page that is not a rule', () => {
    expect(pages).toEqual(RULE_IDS.map((id) => `${id}.md`).sort());
  });

  it('indexes every rule in README.md with its default severity and summary, in the catalogue order', () => {
    const rows = readFileSync(join(DOCS, 'README.md'), 'utf8').split('\n').filter((line) => line.startsWith('| [`'));
    expect(rows).toEqual(RULE_IDS.map((id) => `| [\`${id}\`](${id}.md) | ${RULES[id].severity} | ${RULES[id].summary} |`));
  });

  describe.each(RULE_IDS)('%s.md', (id) => {
    it('names the rule, its default severity, and how to silence it in a comment and in the configuration', () => {
      const text = page(id);
      expect(text.startsWith(`# ${id}\n`)).toBe(true);
      expect(text).toContain(`Default severity: **${RULES[id].severity}**`);
      // The findings about directives are made after the directives are applied: no comment reaches them.
      if (ABOUT_DIRECTIVES.has(id)) expect(text).toContain('It cannot be silenced by a comment');
      else expect(text).toMatch(new RegExp(`<!-- capcheck-disable(-next)?-line ${id} -- \\S`));
      expect(text).toContain(`"rules": { "${id}": `);
    });

    it('gives at least two examples, at least one of them reporting the rule', () => {
      const examples = readRuleDocExamples(page(id), `${id}.md`);
      expect(examples.length).toBeGreaterThanOrEqual(2);
      expect(examples.some((example) => example.expected.includes(`[${id}]`))).toBe(true);
    });

    it('shows what the CLI prints for each example', async () => {
      const path = join(DOCS, `${id}.md`);
      const text = page(id);
      const examples = readRuleDocExamples(text, `${id}.md`);
      let updated = text;
      // From the last example back, so the offsets of earlier ones stay valid while rewriting.
      for (const [index, example] of [...examples.entries()].reverse()) {
        expect(example.args.at(-1), 'the command checks the example file').toBe(example.file);
        expect(example.args.join(' ')).toContain('--format unix');
        const folder = mkdtempSync(join(work, `${id}-${index}-`));
        const result = await run(example, folder);
        expect(result.stderr).toBe('');
        expect(result.exitCode).toBeLessThan(2);
        if (UPDATE) updated = updated.slice(0, example.expectedStart) + result.stdout + updated.slice(example.expectedEnd);
        else expect(result.stdout, `${id}.md, example ${index + 1} (${example.args.join(' ')})`).toBe(example.expected);
      }
      if (UPDATE) writeFileSync(path, updated);
    }, 60_000);
  });
});
