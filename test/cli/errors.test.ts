import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';

describe('the command line', () => {
  it('prints help and exits 0', () => {
    const run = runCli(['--help']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('Usage: capcheck [options] [command] [files...]');
    expect(run.stdout).toContain('extract [options] [files...]');
    expect(run.stdout).toContain('--date <YYYY-MM-DD>');
  });

  it('prints its version from package.json, and the data it checks against', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const run = runCli(['--version']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^capcheck ${version.replace(/\./g, '\\.')} \\(reference data through \\d{4}-\\d{2}(-\\d{2})?; ECB rates through \\d{4}-\\d{2}-\\d{2}; GDP \\d{4}\\)\n$`));
    expect(runCli(['-v']).stdout).toBe(run.stdout);
  });

  it('checks several files in one run, in the order given', () => {
    const run = runCli(['fixtures/understated/input.txt', 'fixtures/supported/input.txt', '--date', '2025-03-01', '--format', 'json']);
    const report = JSON.parse(run.stdout) as { files: { path: string }[]; summary: { errors: number } };
    expect(report.files.map((file) => file.path)).toEqual(['fixtures/understated/input.txt', 'fixtures/supported/input.txt']);
    expect(report.summary.errors).toBe(1);
    expect(run.exitCode).toBe(1);
  });

  it('reads stdin when the path is "-", among files', () => {
    const run = runCli(['fixtures/supported/input.txt', '-', '--date', '2025-03-01', '--format', 'json'], {
      input: 'Alphabet expects capex of around $60 billion in 2025.',
    });
    const report = JSON.parse(run.stdout) as { files: { path: string; findings: { verdict: string }[] }[] };
    expect(report.files.map((file) => file.path)).toEqual(['fixtures/supported/input.txt', '<stdin>']);
    expect(report.files[1]?.findings.map((finding) => finding.verdict)).toEqual(['understated']);
  });

  it('uses the date the document states, and says so', () => {
    const run = runCli(['--format', 'json'], { input: 'Date: 2025-06-15\n\nMeta plans capex of $60-65 billion in 2025.\n' });
    const report = JSON.parse(run.stdout) as { files: { date: string; dateSource: string; findings: { verdict: string }[] }[] };
    expect(report.files[0]).toMatchObject({ date: '2025-06-15', dateSource: 'document' });
    expect(report.files[0]?.findings.map((finding) => finding.verdict)).toEqual(['outdated']);
  });

  it("falls back to today's date when neither --date nor the document gives one", () => {
    const run = runCli(['--format', 'json'], { input: 'Meta plans capex of $60-65 billion in 2025.\n' });
    const report = JSON.parse(run.stdout) as { files: { date: string; dateSource: string }[] };
    expect(report.files[0]?.dateSource).toBe('default');
    expect(report.files[0]?.date).toBe(new Date().toISOString().slice(0, 10));
  });

  it('--date wins over the date the document states', () => {
    const run = runCli(['--date', '2025-02-01', '--format', 'json'], { input: 'Date: 2025-06-15\n\nMeta plans capex of $60-65 billion in 2025.\n' });
    const report = JSON.parse(run.stdout) as { files: { date: string; dateSource: string; findings: { verdict: string }[] }[] };
    expect(report.files[0]).toMatchObject({ date: '2025-02-01', dateSource: 'option' });
    expect(report.files[0]?.findings.map((finding) => finding.verdict)).toEqual(['supported']);
  });

  it('exits 0 when there are warnings but no errors', () => {
    const run = runCli(['fixtures/unverifiable/input.txt', '--date', '2025-07-01']);
    expect(run.exitCode).toBe(0);
  });

  it('never modifies the files it reads', () => {
    const path = 'fixtures/overstated/input.txt';
    const before = { text: readFileSync(path, 'utf8'), mtime: statSync(path).mtimeMs };
    runCli([path, '--date', '2025-02-10']);
    expect({ text: readFileSync(path, 'utf8'), mtime: statSync(path).mtimeMs }).toEqual(before);
  });
});

describe('inputs that once crashed', () => {
  it('a zero in a bracketed conversion is no rate, not a crash', () => {
    const run = runCli(['--date', '2025-02-10', '--format', 'json'], { input: 'Meta will spend $65 billion (€0 billion) on capex in 2025.' });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
  });

  it('a directive shown inside a Markdown code sample is not obeyed', () => {
    const input = '---\ndate: 2025-02-10\n---\n\nUse `<!-- capcheck-disable -->` to silence a passage.\n\nMeta will spend $95 billion on capex in 2025.\n';
    const run = runCli(['--stdin-filename', 'draft.md', '--format', 'json'], { input });
    const report = JSON.parse(run.stdout) as { files: { findings: { ruleId: string }[] }[] };
    expect(report.files[0]?.findings.map((finding) => finding.ruleId)).toEqual(['overstated']);
    expect(run.exitCode).toBe(1);
  });
});

describe('bracketed conversions without a bundled rate', () => {
  it('still report the restated figure, as not checked', () => {
    const run = runCli(['--date', '2025-02-10', '--format', 'json'], { input: 'Meta will spend $65 billion (SEK 680 billion) on capex in 2025.' });
    const report = JSON.parse(run.stdout) as { files: { findings: { text: string; verdict: string; severity: string }[] }[] };
    expect(report.files[0]?.findings.map((finding) => [finding.text, finding.verdict, finding.severity])).toEqual([
      ['$65 billion', 'supported', 'info'],
      ['SEK 680 billion', 'unverifiable', 'info'],
    ]);
  });
});
