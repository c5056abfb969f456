import { formatHuman } from '../format-human.js';
import type { Reporter } from '../format-names.js';

/** `--format human`: the terminal report. */
export const reporter: Reporter = (reports, options) =>
  formatHuman(reports, { color: options.color, width: options.width, explain: options.explain, data: options.data, outcome: options.outcome, view: options.view });
