import { claimReviews } from '../format-claimreview.js';
import { jsonArrayFormat } from '../stream-format.js';
import { STREAMED_ITEMS } from '../stream-json-array.js';

/** `--format claimreview`, streamed: the reviews are written file by file. */
export const streamed = jsonArrayFormat('  ', (report, options) => claimReviews(report, { data: options.data, reviewDate: options.reportDate }), () => STREAMED_ITEMS);
