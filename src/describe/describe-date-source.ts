import type { FileReport } from '../types.js';

/** Where the date a file was checked as of came from, as every report says it. */
export const DATE_SOURCE_NOTES: Readonly<Record<FileReport['dateSource'], string>> = {
  option: 'from --date',
  document: "the article's own date",
  default: 'today: the article states no date',
};
