/**
 * The laws every input must keep, checked on one fuzz case through the library (prepareDocument,
 * extractDocumentFigures, checkDocument, check) and the CLI's in-process entry (main): what breaks
 * them comes back as a list of violations, one class each, so a test and the long fuzz run share them.
 */
import { Readable } from 'node:stream';
import { check } from '../../src/check/check.js';
import { checkDocument } from '../../src/check/check-document.js';
import { extractDocumentFigures } from '../../src/check/extract-document-figures.js';
import { loadReferenceData } from '../../src/check/load-reference-data.js';
import { main, type CliEnvironment } from '../../src/cli/main.js';
import { prepareDocument } from '../../src/read/prepare-document.js';
import type { FormatName } from '../../src/report/formats.js';
import type { ArticleDocument, Figure } from '../../src/types.js';
import type { FuzzCase } from './fuzz-inputs.js';

/** The classes of broken law, as the fuzz summary counts them. */
export const VIOLATION_KINDS = ['exception', 'span outside the input', 'text/slice mismatch', 'raw control character', 'nondeterministic output'] as const;
export type ViolationKind = (typeof VIOLATION_KINDS)[number];

export interface Violation {
  readonly kind: ViolationKind;
  readonly detail: string;
}

const DATE = '2025-02-10';
/** Formats read on a terminal or by a workflow runner: they must carry no control character raw. */
const TERMINAL_FORMATS: ReadonlySet<FormatName> = new Set(['human', 'unix', 'github']);
/** C0 (but tab and line feed), DEL, C1, and the bidi embeddings, overrides and isolates. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

let reference: ReturnType<typeof loadReferenceData> | undefined;

/** Every law `fuzz` breaks, in the order checked; empty when it keeps them all. */
export async function inspectCase(fuzz: FuzzCase): Promise<Violation[]> {
  return [...inspectLibrary(fuzz), ...(await inspectCli(fuzz))];
}

/** Library laws: no throw, every span inside the input, figure text = what the reader sees of its slice. */
export function inspectLibrary(fuzz: FuzzCase): Violation[] {
  const violations: Violation[] = [];
  try {
    const document = prepareDocument(fuzz.path, fuzz.text);
    const figures = extractDocumentFigures(document);
    for (const figure of figures) {
      if (!inside(figure, fuzz.text)) violations.push({ kind: 'span outside the input', detail: `figure ${figure.start}-${figure.end} of ${fuzz.text.length}` });
      else if (!textIsSlice(document, figure)) violations.push({ kind: 'text/slice mismatch', detail: `${JSON.stringify(figure.text)} at ${figure.start}-${figure.end}, source ${JSON.stringify(fuzz.text.slice(figure.start, figure.end))}` });
    }
    reference ??= loadReferenceData();
    if (!reference.ok) throw new Error(reference.error);
    const report = checkDocument(document, reference.data, { option: null, today: DATE });
    for (const finding of report.findings) {
      for (const span of [finding.span, ...finding.related]) {
        if (!inside(span, fuzz.text)) violations.push({ kind: 'span outside the input', detail: `${finding.ruleId} ${span.start}-${span.end} of ${fuzz.text.length}` });
      }
    }
    // The public entry: determinism is checked on the CLI's output, which builds the same report.
    check(fuzz.text, { path: fuzz.path, date: DATE });
  } catch (error) {
    violations.push({ kind: 'exception', detail: `library: ${describe(error)}` });
  }
  return violations;
}

/** CLI laws, in the chosen format: no throw, no raw control character on a terminal, same bytes twice. */
export async function inspectCli(fuzz: FuzzCase): Promise<Violation[]> {
  const argv = ['--format', fuzz.format, '--date', DATE, '--no-config', '--stdin-filename', fuzz.path, '-'];
  try {
    const first = await runMain(argv, fuzz.text);
    const second = await runMain(argv, fuzz.text);
    const violations: Violation[] = [];
    if (TERMINAL_FORMATS.has(fuzz.format)) {
      const raw = RAW_CONTROL.exec(first.stdout + first.stderr);
      if (raw !== null) violations.push({ kind: 'raw control character', detail: `${fuzz.format}: U+${raw[0].codePointAt(0)?.toString(16).padStart(4, '0')}` });
    }
    if (JSON.stringify(first) !== JSON.stringify(second)) violations.push({ kind: 'nondeterministic output', detail: `${fuzz.format}: two runs differ` });
    return violations;
  } catch (error) {
    return [{ kind: 'exception', detail: `main ${fuzz.format}: ${describe(error)}` }];
  }
}

function inside(span: { readonly start: number; readonly end: number }, text: string): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= text.length;
}

/**
 * Plain text: the figure's text is its slice of the source, exactly. Markdown and HTML: it is what the
 * reader shows of that slice, so, spacing aside (markup inside a figure, "$<b>67</b> billion", pads the
 * analysed prose), it equals the analysed prose there; a figure that bridges a blanked URL shows the URL
 * in its text and fails.
 */
function textIsSlice(document: ArticleDocument, figure: Figure): boolean {
  if (document.format === 'text') return figure.text === document.source.slice(figure.start, figure.end);
  return withoutSpacing(figure.text) === withoutSpacing(document.text.slice(figure.start, figure.end));
}

function withoutSpacing(text: string): string {
  return text.replace(/\s+/g, '');
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message.split('\n')[0] ?? ''}` : String(error);
}

async function runMain(argv: readonly string[], stdin: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const environment: CliEnvironment = {
    stdin: Object.assign(Readable.from([stdin]), { isTTY: false }),
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
    env: {},
    today: () => DATE,
    // No configuration or .capcheckignore is read for stdin with --no-config; the folder is never written.
    cwd: () => process.cwd(),
  };
  const code = await main(argv, environment);
  return { code, stdout, stderr };
}
