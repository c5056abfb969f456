/**
 * Child process of the throughput benchmark: `node time-extraction.js FILE`. Reads FILE into a document
 * (prepareDocument, as the CLI does), then times extractFigures over the document, and prints one JSON
 * line. Run in a child so a crash or an out-of-memory abort at 100 MB is a result, not the end of the run.
 */
import { readFileSync } from 'node:fs';
import { extractFigures } from '../../src/extract/extract-figures.js';
import { prepareDocument } from '../../src/read/prepare-document.js';
import type { ArticleDocument } from '../../src/types.js';
import { timePerPass } from './scan-figures.js';

/** What the child prints. */
export interface ExtractionTiming {
  readonly readSeconds: number;
  readonly extractSeconds: number;
  readonly figures: number;
}

// Small documents are timed over repeated passes for at least this long, so a 1 KB pass is not noise.
const MIN_MS = 200;

const path = process.argv[2];
if (path === undefined) throw new Error('usage: time-extraction.js FILE');
const source = readFileSync(path, 'utf8');
let document: ArticleDocument | null = null;
const readSeconds = timePerPass(() => (document = prepareDocument(path, source)), MIN_MS);
const read: ArticleDocument = document ?? prepareDocument(path, source);
let figures = 0;
const extractSeconds = timePerPass(() => (figures = extractFigures(read.text, read.barriers).length), MIN_MS);
const timing: ExtractionTiming = { readSeconds, extractSeconds, figures };
process.stdout.write(`${JSON.stringify(timing)}\n`);
