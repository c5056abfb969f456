import { htmlFileEntry, htmlPage, type HtmlFileEntry } from '../html/format-html.js';
import { holdWhole, pieceOf, type StreamedFormat } from '../stream-format.js';

/** Holds a file's section for the end; writes nothing yet. */
function gather(entries: HtmlFileEntry[], entry: HtmlFileEntry): { readonly text: string; readonly state: HtmlFileEntry[] } {
  entries.push(entry);
  return { text: '', state: entries };
}

/** The page's header lists every file and counts every verdict, so each file's section is held to the end. */
export const streamed: StreamedFormat<HtmlFileEntry, HtmlFileEntry[], HtmlFileEntry> = {
  part: (report, fileNumber, options) => htmlFileEntry(report, fileNumber, options.records),
  head: () => ({ text: '', state: [] }),
  piece: pieceOf(holdWhole, gather),
  split: holdWhole,
  lead: gather,
  tail: (entries, _ending, options) => htmlPage(entries, options),
};
