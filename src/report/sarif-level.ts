import { assertNever } from '../assert-never.js';
import type { Severity } from '../types.js';

/** The SARIF level of a severity: info findings are SARIF notes. */
export function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  switch (severity) {
    case 'error':
      return 'error';
    case 'warning':
      return 'warning';
    case 'info':
      return 'note';
    default:
      return assertNever(severity);
  }
}
