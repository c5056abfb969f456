import { createInterface } from 'node:readline';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { extractDocumentFigures } from '../check/extract-document-figures.js';
import { extractFigures } from '../extract/extract-figures.js';
import { figureToJson } from '../report/figure-json.js';
import { stringifyJson } from '../report/stringify-json.js';
import { decodeUtf8Stream, InvalidUtf8Error } from '../read/decode-utf8-stream.js';
import { describeFileError, STDIN_PATH } from '../read/read-input.js';
import { reportUsageError, writeErrorLine, type CliEnvironment } from './environment.js';
import { EXIT } from './exit-codes.js';
import { readInputs, wouldReadTerminal } from './read-inputs.js';

/** The options of `capcheck extract`. */
export interface ExtractOptions {
  readonly jsonl?: boolean;
}

/** Lists every figure of every input as JSON; with --jsonl, streams one result per input line. */
export async function runExtract(files: readonly string[], options: ExtractOptions, environment: CliEnvironment): Promise<number> {
  if (wouldReadTerminal(files, environment)) {
    return reportUsageError(environment, 'no input: give one or more files, or pipe text on stdin (see --help)');
  }
  return options.jsonl === true ? streamJsonl(files, environment) : extractWhole(files, environment);
}

async function extractWhole(files: readonly string[], environment: CliEnvironment): Promise<number> {
  const inputs = await readInputs(files, environment);
  const failures = inputs.flatMap((input) => (input.ok ? [] : [input.error]));
  if (failures.length > 0) {
    for (const failure of failures) writeErrorLine(environment, failure);
    return EXIT.USAGE;
  }
  const payload = {
    schemaVersion: 1,
    files: inputs.flatMap((input) =>
      input.ok ? [{ path: input.document.path, figures: extractDocumentFigures(input.document).map(figureToJson) }] : [],
    ),
  };
  environment.stdout.write(`${stringifyJson(payload, 2)}\n`);
  return EXIT.OK;
}

/** One `{"id","text"}` object per line in, one `{"id","figures"}` line out, in order, as lines arrive. */
async function streamJsonl(files: readonly string[], environment: CliEnvironment): Promise<number> {
  const paths = files.length === 0 ? ['-'] : files;
  for (const path of paths) {
    const name = path === '-' ? STDIN_PATH : path;
    const bytes = path === '-' ? environment.stdin : createReadStream(path);
    let lineNumber = 0;
    try {
      for await (const line of createInterface({ input: Readable.from(decodeUtf8Stream(bytes as AsyncIterable<Buffer | string>)), crlfDelay: Infinity })) {
        lineNumber++;
        if (line.trim() === '') continue;
        const record = parseJsonlRecord(line);
        if (record === null) return reportUsageError(environment, `${name}:${lineNumber}: expected a JSON object with a string "text"`);
        environment.stdout.write(`${stringifyJson({ id: record.id, figures: extractFigures(record.text).map(figureToJson) })}\n`);
      }
    } catch (error) {
      const problem = error instanceof InvalidUtf8Error ? error.message : describeFileError(error);
      return reportUsageError(environment, `${name}: ${problem}`);
    }
  }
  return EXIT.OK;
}

function parseJsonlRecord(line: string): { id: unknown; text: string } | null {
  try {
    const value: unknown = JSON.parse(line);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    const { id, text } = value as { id?: unknown; text?: unknown };
    return typeof text === 'string' ? { id: id ?? null, text } : null;
  } catch {
    return null;
  }
}
