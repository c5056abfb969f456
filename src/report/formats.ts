import type { FormatName, Reporter } from './format-names.js';
import { reporter as claimreview } from './reporter/claimreview.js';
import { reporter as github } from './reporter/github.js';
import { reporter as html } from './reporter/html.js';
import { reporter as human } from './reporter/human.js';
import { reporter as json } from './reporter/json.js';
import { reporter as rdjson } from './reporter/rdjson.js';
import { reporter as sarif } from './reporter/sarif.js';
import { reporter as unix } from './reporter/unix.js';

export { FORMAT_NAMES, type FormatName, type FormatOptions, type Reporter } from './format-names.js';

/**
 * Every reporter by name, loaded together: for the public API and tests, which call reporters
 * synchronously. The CLI loads only the one it prints with, split for streaming (see `loadStreamedFormat`).
 */
export const FORMATS: { readonly [Name in FormatName]: Reporter } = { human, json, unix, sarif, github, rdjson, claimreview, html };
