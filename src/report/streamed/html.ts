import { htmlFileEntry, htmlPage, type HtmlFileEntry } from '../html/format-html.js';
import type { StreamedFormat } from '../stream-format.js';

/** The page's header lists every file and counts every verdict, so each file's section is held to the end. */
export const streamed: StreamedFormat<HtmlFileEntry, HtmlFileEntry[]> = {
  part: (report, fileNumber, options) => htmlFileEntry(report, fileNumber, options.records),
  head: () => ({ text: '', state: [] }),
  piece: (entries, entry) => {
    entries.push(entry);
    return { text: '', state: entries };
  },
  tail: (entries, _ending, options) => htmlPage(entries, options),
};
