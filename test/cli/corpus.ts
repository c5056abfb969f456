/** A small article corpus written in the test's own words: files with errors, clean files, no figures, in text, Markdown and HTML. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** File name → contents; collected in name order. */
export const CORPUS: Readonly<Record<string, string>> = {
  'a-overstated.txt': 'Meta told investors it will spend $70 billion on capex in 2025, a record for the firm.\n',
  'b-clean.md': '# Budget notes\n\nMeta set its 2025 capital expenditures at $60–65 billion.\n',
  'c-no-figure.txt': 'The committee met on Tuesday and agreed to meet again next month.\n',
  'd-page.html': '<!doctype html><html><head><title>Capex</title></head><body><p>Microsoft plans about $80 billion of spending on AI data centres in fiscal 2025.</p><p>Meta will spend $90 billion on capex in 2025.</p></body></html>\n',
  'e-many.md': `${Array.from({ length: 30 }, (_, index) => `Paragraph ${index + 1}: Meta will spend $${50 + index} billion on capex in 2025.`).join('\n\n')}\n`,
  'f-quiet.txt': 'Nobody here names an amount of money at all.\n',
  'g-period.txt': 'Meta expects capex of $60–65 billion in 2024.\n',
};

/** Writes the corpus (and `extra` files) into a new temporary folder and returns it. */
export function writeCorpus(extra: Readonly<Record<string, string | Buffer>> = {}): string {
  const folder = mkdtempSync(join(tmpdir(), 'capcheck-corpus-'));
  for (const [name, text] of Object.entries({ ...CORPUS, ...extra })) writeFileSync(join(folder, name), text);
  return folder;
}
