import type { ChalkInstance } from 'chalk';
import { assertNever } from '../assert-never.js';
import type { Severity } from '../types.js';
import { wrapText } from './wrap-text.js';

/** Colours one line of plain text (wrapping is done on plain text, colour is added after). */
export type Paint = (text: string) => string;

/** `text` wrapped to `width` cells, each line indented by `indent` spaces and painted. */
export function indented(text: string, width: number, indent: number, paint: Paint = (line) => line): string[] {
  const pad = ' '.repeat(indent);
  return wrapText(text, width - indent).map((line) => `${pad}${paint(line)}`);
}

/** The colour of a severity; the verdict or severity word is always printed beside it, never colour alone. */
export function severityPaint(chalk: ChalkInstance, severity: Severity): Paint {
  switch (severity) {
    case 'error':
      return (text) => chalk.red.bold(text);
    case 'warning':
      return (text) => chalk.yellow(text);
    case 'info':
      return (text) => chalk.green(text);
    default:
      return assertNever(severity);
  }
}
