import { formatClaimReview } from '../format-claimreview.js';
import type { Reporter } from '../format-names.js';

/** `--format claimreview`: schema.org ClaimReview objects. */
export const reporter: Reporter = (reports, options) => formatClaimReview(reports, { data: options.data, reviewDate: options.reportDate });
