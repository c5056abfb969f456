import type { FormatName, Reporter } from './format-names.js';

/** Each format's module, imported on demand: a JSON run never loads chalk or the HTML page's code. */
const REPORTER_MODULES: { readonly [Name in FormatName]: () => Promise<{ readonly reporter: Reporter }> } = {
  human: () => import('./reporter/human.js'),
  json: () => import('./reporter/json.js'),
  unix: () => import('./reporter/unix.js'),
  sarif: () => import('./reporter/sarif.js'),
  github: () => import('./reporter/github.js'),
  rdjson: () => import('./reporter/rdjson.js'),
  claimreview: () => import('./reporter/claimreview.js'),
  html: () => import('./reporter/html.js'),
};

/** The reporter for `name`, loading its module (and only its module) on first use. */
export async function loadReporter(name: FormatName): Promise<Reporter> {
  return (await REPORTER_MODULES[name]()).reporter;
}
