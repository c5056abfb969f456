import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';

interface FigureOut {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

describe('capcheck extract: no figure runs across a URL or code', () => {
  const folder = mkdtempSync(join(tmpdir(), 'capcheck-barriers-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it.each([
    ['draft.txt', 'Meta will spend more than www.meta.com/capex $60 billion in 2025.\n', [['$60 billion', '$60 billion']]],
    ['draft.md', 'Meta will spend more than www.meta.com/capex $60 billion in 2025.\n', [['$60 billion', '$60 billion']]],
    ['draft.md', 'Meta will spend $60 `code` billion dollars in 2025.\n', [['$60', '$60']]],
    ['draft.txt', 'Meta will spend between www.meta.com/capex 65 and $72 billion in 2025.\n', [['$72 billion', '$72 billion']]],
    ['draft.md', 'Meta will spend from `code` $65 to $72 billion in 2025.\n', [['$65 to $72 billion', '$65 to $72 billion']]],
    ['draft.md', 'Meta will spend **$60** billion in 2025.\n', [['$60 billion', '$60** billion']]],
    ['page.html', '<p>Meta will spend $60 <script>x</script> billion in 2025.</p>\n', [['$60', '$60']]],
    ['page.html', '<p>Meta will spend $60 <b>billion</b> in 2025.</p>\n', [['$60 billion', '$60 <b>billion']]],
  ])('%s %j', (name, source, expected) => {
    const path = join(folder, name);
    writeFileSync(path, source);
    const run = runCli(['extract', path]);
    expect(run.exitCode).toBe(0);
    const figures = (JSON.parse(run.stdout) as { files: { figures: FigureOut[] }[] }).files[0]?.figures ?? [];
    expect(figures.map((figure) => [figure.text, source.slice(figure.start, figure.end)])).toEqual(expected);
  });
});
