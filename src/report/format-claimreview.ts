import { companyById } from '../data/companies.js';
import type { ReferenceRecord } from '../data/reference-schema.js';
import { describePeriod } from '../reconcile/period-dates.js';
import type { Claim, DataVersions, FileReport, Finding, Verdict } from '../types.js';
import { describeDataVersions } from '../describe/describe-data.js';
import { describeFooting, footingOf } from './footing.js';
import { portablePath } from './artifact-uri.js';
import { METRIC_NAMES } from '../describe/metric-names.js';

/**
 * The documented rating scale: 5 (the figure agrees) down to 1 (another company's figure, or the
 * wrong magnitude); null leaves `ratingValue` out where the figure was not judged true or false.
 */
export const CLAIM_RATINGS: Readonly<Record<Verdict, { readonly alternateName: string; readonly ratingValue: number | null }>> = {
  supported: { alternateName: 'Supported', ratingValue: 5 },
  outdated: { alternateName: 'Outdated', ratingValue: 3 },
  overstated: { alternateName: 'Overstated', ratingValue: 2 },
  understated: { alternateName: 'Understated', ratingValue: 2 },
  'period-slip': { alternateName: 'Wrong period', ratingValue: 2 },
  'currency-slip': { alternateName: 'Wrong currency', ratingValue: 2 },
  'scale-slip': { alternateName: 'Wrong scale', ratingValue: 1 },
  misattributed: { alternateName: 'Misattributed', ratingValue: 1 },
  inconsistent: { alternateName: 'Inconsistent', ratingValue: null },
  unverifiable: { alternateName: 'Unverifiable', ratingValue: null },
  // Never reviewed: a figure not checked has no official record to review it against.
  'not-checked': { alternateName: 'Not checked', ratingValue: null },
  // Never reviewed: an unused directive is not a claim.
  unused: { alternateName: 'Not a claim', ratingValue: null },
  // Never reviewed: a note about the file's data, not a claim.
  'stale-data': { alternateName: 'Data may be stale', ratingValue: null },
};


/** Google asks for a claimReviewed under 75 characters. */
const CLAIM_REVIEWED_MAX = 75;

/**
 * schema.org ClaimReview JSON-LD, an array with one review per finding that was checked against an
 * official record: an interchange format (Google no longer shows fact-check rich results), so there is
 * no `url` (a draft has no page of its own) and the evidence goes in `citation`.
 */
export function formatClaimReview(reports: readonly FileReport[], data: DataVersions): string {
  const reviews = reports.flatMap((report) =>
    report.findings.flatMap((finding) =>
      finding.reference === null || finding.claim === null ? [] : [claimReview(report, finding, finding.claim, finding.reference, data)],
    ),
  );
  return `${JSON.stringify(reviews, null, 2)}\n`;
}

function claimReview(report: FileReport, finding: Finding, claim: Claim, reference: ReferenceRecord, data: DataVersions): Record<string, unknown> {
  const rating = CLAIM_RATINGS[finding.verdict];
  const { source } = reference;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: claimReviewed(claim),
    reviewRating: {
      '@type': 'Rating',
      ...(rating.ratingValue === null ? {} : { ratingValue: rating.ratingValue, bestRating: 5, worstRating: 1 }),
      alternateName: rating.alternateName,
      ratingExplanation: finding.message,
    },
    itemReviewed: {
      '@type': 'Claim',
      datePublished: report.date,
      appearance: appearance(report.document.path),
    },
    // How firm the evidence is, and which data it was checked against.
    reviewBody: `${describeFooting(footingOf(reference))}. ${describeDataVersions(data)}.`,
    author: { '@type': 'Organization', name: 'capcheck' },
    // Reporters never read the clock: the review is dated as of the date the article was checked against.
    datePublished: report.date,
    citation: {
      '@type': 'CreativeWork',
      name: source.title,
      url: source.url,
      publisher: { '@type': 'Organization', name: source.publisher },
      datePublished: source.date,
      text: source.quote,
    },
  };
}

/** "Meta 2025 capex: $70 billion", kept under Google's length limit. */
function claimReviewed(claim: Claim): string {
  const subject = [
    companyById(claim.entity).displayName,
    claim.period === null ? null : describePeriod(claim.period),
    claim.metric === null ? null : METRIC_NAMES[claim.metric],
  ].filter((word) => word !== null);
  const text = `${subject.join(' ')}: ${claim.figure.text}`;
  const characters = Array.from(text);
  return characters.length < CLAIM_REVIEWED_MAX ? text : `${characters.slice(0, CLAIM_REVIEWED_MAX - 2).join('')}…`;
}

/** Where the claim appears: a URL when the input was one, else the file by name. */
function appearance(path: string): Record<string, string> {
  return /^https?:\/\//i.test(path) ? { '@type': 'CreativeWork', url: path } : { '@type': 'CreativeWork', name: portablePath(path) };
}
