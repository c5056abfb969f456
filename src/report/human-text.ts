import type { ChalkInstance } from 'chalk';
import { assertNever } from '../assert-never.js';
import type { Severity } from '../types.js';
import { wrapText } from './wrap-text.js';

/** Colours one line of plain text (wrapping is done on plain text, colour is added after). */
export type Paint = (text: string) => string;

/**
 * `text` wrapped to `width` cells, its first line indented by `indent` spaces and the rest by
 * `hanging` (so a wrapped item stands out from the next), each painted.
 */
export function indented(text: string, width: number, indent: number, paint: Paint = (line) => line, hanging = indent): string[] {
  return wrapText(text, width - Math.max(indent, hanging)).map((line, index) => `${' '.repeat(index === 0 ? indent : hanging)}${paint(line)}`);
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
