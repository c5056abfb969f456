import { companyById } from '../data/companies.js';
import type { ReferenceRecord } from '../data/reference-schema.js';
import { describePeriod } from '../reconcile/period-dates.js';
import type { Claim, DataVersions, FileReport, Finding, IsoDate, Verdict } from '../types.js';
import { describeDataVersions } from '../describe/describe-data.js';
import { describeFooting, footingOf } from './footing.js';
import { portablePath } from './artifact-uri.js';
import { METRIC_NAMES } from '../describe/metric-names.js';
import { absoluteHttpUrl } from '../read/absolute-url.js';
import { createLineIndex, type LineIndex } from '../read/line-index.js';
import { stringifyJson } from './stringify-json.js';

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

/** What the ClaimReview reporter needs beyond the reports. */
export interface ClaimReviewOptions {
  readonly data: DataVersions;
  /** The day the reviews are made (the run's date, read from the clock by the CLI): each review's own `datePublished`. */
  readonly reviewDate: IsoDate;
}

/** A finding that can be reviewed: one about a claim, judged against an official record. */
type ReviewedFinding = Finding & { readonly claim: Claim; readonly reference: ReferenceRecord };

/**
 * schema.org ClaimReview JSON-LD: an array with one review per claim judged against an official
 * record (a growth rate or share of revenue is its own claim, reviewed apart from the figure it
 * rests on), an interchange format (Google no longer shows fact-check rich results). Each review's
 * `url` is the article's address (from `--url` or the article's own metadata) with a fragment
 * naming the claim's place, `#capcheck-<line>-<column>`: Google asks for the address of the page
 * hosting the review, on the article's own domain, and the fragment keeps one address per review.
 * Without an address there is no `url`: a draft has no page yet, and none is invented.
 */
export function formatClaimReview(reports: readonly FileReport[], options: ClaimReviewOptions): string {
  return `${stringifyJson(reports.flatMap((report) => claimReviews(report, options)), 2)}\n`;
}

/** One file's reviews. */
export function claimReviews(report: FileReport, options: ClaimReviewOptions): Record<string, unknown>[] {
  const lines = createLineIndex(report.document.source);
  const seen = new Set<string>();
  return report.findings.filter(isReviewed).flatMap((finding) => {
    const review = claimReview(report, finding, lines, options);
    // Two findings on one claim at one place (findings come most severe first) make one review.
    const key = `${finding.span.start}:${finding.span.end}:${review.claimReviewed}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [review];
  });
}

function isReviewed(finding: Finding): finding is ReviewedFinding {
  return finding.claim !== null && finding.reference !== null;
}

function claimReview(report: FileReport, finding: ReviewedFinding, lines: LineIndex, options: ClaimReviewOptions): { readonly claimReviewed: string } & Record<string, unknown> {
  const rating = CLAIM_RATINGS[finding.verdict];
  const { source } = finding.reference;
  const articleUrl = articleUrlOf(report);
  const place = lines.toPosition(finding.span.start);
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    ...(articleUrl === null ? {} : { url: `${withoutFragment(articleUrl)}#capcheck-${place.line}-${place.column}` }),
    claimReviewed: claimReviewed(finding),
    reviewRating: {
      '@type': 'Rating',
      ...(rating.ratingValue === null ? {} : { ratingValue: rating.ratingValue, bestRating: 5, worstRating: 1 }),
      alternateName: rating.alternateName,
      ratingExplanation: finding.message,
    },
    itemReviewed: itemReviewed(report),
    // How firm the evidence is, and which data it was checked against.
    reviewBody: `${describeFooting(footingOf(finding.reference))}. ${describeDataVersions(options.data)}.`,
    author: { '@type': 'Organization', name: 'capcheck' },
    datePublished: options.reviewDate,
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

/**
 * The claim as the article makes it: its authors, the article's date (stated, or given with
 * `--date`; left out when capcheck assumed today), and the article (its file, address and headline)
 * as where it appears. No `firstAppearance`: capcheck sees one article and cannot know where a
 * figure was first said.
 */
function itemReviewed(report: FileReport): Record<string, unknown> {
  const { metadata, path } = report.document;
  const url = articleUrlOf(report);
  const authors = metadata.authors.map((name) => ({ '@type': 'Person', name }));
  return {
    '@type': 'Claim',
    ...(authors.length === 0 ? {} : { author: authors.length === 1 ? authors[0] : authors }),
    ...(report.dateSource === 'default' ? {} : { datePublished: report.date }),
    appearance: {
      '@type': 'CreativeWork',
      ...(url === null ? {} : { url }),
      name: portablePath(path),
      ...(metadata.title === null ? {} : { headline: metadata.title }),
    },
  };
}

/**
 * "Meta 2025 capex: $70 billion", "Meta 2025 capex growth: more than double": the words the
 * finding judged, under what they claim, kept under Google's length limit.
 */
function claimReviewed(finding: ReviewedFinding): string {
  const { claim } = finding;
  const subject = [
    companyById(claim.entity).displayName,
    claim.period === null ? null : describePeriod(claim.period),
    METRIC_NAMES[claim.metric],
    // A growth finding rests on the figure's claim, yet judges the change written beside it.
    finding.ruleId === 'growth' ? METRIC_NAMES.growth : null,
  ].filter((word) => word !== null);
  const text = `${subject.join(' ')}: ${finding.span.text}`;
  const characters = Array.from(text);
  return characters.length < CLAIM_REVIEWED_MAX ? text : `${characters.slice(0, CLAIM_REVIEWED_MAX - 2).join('')}…`;
}

/** The article's address: the one it states (or `--url` gave), else its name when that is one. */
function articleUrlOf(report: FileReport): string | null {
  return report.document.metadata.url ?? absoluteHttpUrl(report.document.path);
}

function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}
