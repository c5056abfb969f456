import type { FormatName } from './format-names.js';
import type { StreamedFormat } from './stream-format.js';
import { streamed as claimreview } from './streamed/claimreview.js';
import { streamed as github } from './streamed/github.js';
import { streamed as html } from './streamed/html.js';
import { streamed as human } from './streamed/human.js';
import { streamed as json } from './streamed/json.js';
import { streamed as rdjson } from './streamed/rdjson.js';
import { streamed as sarif } from './streamed/sarif.js';
import { streamed as unix } from './streamed/unix.js';

export type { StreamEnding, StreamedFormat, StreamOptions } from './stream-format.js';

/**
 * Every format, split for streaming, loaded at once (for the library and tests; the CLI loads only the
 * format it writes, through `loadStreamedFormat`). Parts cross a worker boundary, so they are typed as unknown.
 */
export const STREAMED_FORMATS: { readonly [Name in FormatName]: StreamedFormat<unknown, unknown> } = {
  human: human as StreamedFormat<unknown, unknown>,
  json: json as StreamedFormat<unknown, unknown>,
  unix: unix as StreamedFormat<unknown, unknown>,
  sarif: sarif as StreamedFormat<unknown, unknown>,
  github: github as StreamedFormat<unknown, unknown>,
  rdjson: rdjson as StreamedFormat<unknown, unknown>,
  claimreview: claimreview as StreamedFormat<unknown, unknown>,
  html: html as StreamedFormat<unknown, unknown>,
};
