import type { FormatName } from './format-names.js';
import type { StreamedFormat } from './stream-format.js';

/** A format's parts and state, as the caller sees them: parts cross a worker boundary as plain data. */
type AnyStreamedFormat = StreamedFormat<unknown, unknown>;

/** Each format's streaming module, imported on demand: a JSON run never loads chalk or the HTML page's code. */
const STREAMED_MODULES: { readonly [Name in FormatName]: () => Promise<AnyStreamedFormat> } = {
  human: async () => (await import('./streamed/human.js')).streamed as AnyStreamedFormat,
  json: async () => (await import('./streamed/json.js')).streamed as AnyStreamedFormat,
  unix: async () => (await import('./streamed/unix.js')).streamed as AnyStreamedFormat,
  sarif: async () => (await import('./streamed/sarif.js')).streamed as AnyStreamedFormat,
  github: async () => (await import('./streamed/github.js')).streamed as AnyStreamedFormat,
  rdjson: async () => (await import('./streamed/rdjson.js')).streamed as AnyStreamedFormat,
  claimreview: async () => (await import('./streamed/claimreview.js')).streamed as AnyStreamedFormat,
  html: async () => (await import('./streamed/html.js')).streamed as AnyStreamedFormat,
};

/** The format `name` split for streaming, loading its module (and only its module) on first use. */
export async function loadStreamedFormat(name: FormatName): Promise<AnyStreamedFormat> {
  return STREAMED_MODULES[name]();
}
