import { failReasons } from '../decide-outcome.js';
import { formatGithub } from '../format-github.js';
import type { Reporter } from '../format-names.js';

/** `--format github`: GitHub Actions workflow commands. */
export const reporter: Reporter = (reports, options) =>
  formatGithub(reports, { failures: failReasons(options.outcome), stepSummary: options.stepSummary ?? false });
