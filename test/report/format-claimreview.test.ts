import { describe, expect, it } from 'vitest';
import { decimalFromInteger } from '../../src/money/decimal.js';
import { CLAIM_RATINGS, formatClaimReview, type ClaimReviewOptions } from '../../src/report/format-claimreview.js';
import type { ArticleMetadata, Claim, FileReport } from '../../src/types.js';
import { expectMatchesFile } from './expect-file.js';
import { DATA, emptyReport, finding, makeReport, META_2025, moneyClaim, sampleReport, spanOf } from './make-report.js';

interface Review {
  '@context': string;
  '@type': string;
  url?: string;
  claimReviewed: string;
  datePublished: string;
  reviewRating: { alternateName: string; ratingValue?: number; ratingExplanation: string };
  itemReviewed: { '@type': string; datePublished?: string; author?: unknown; appearance: Record<string, string> };
  citation: { url: string };
}

/** The run's own day: two days after the article's date, so the two dates cannot be confused. */
const OPTIONS: ClaimReviewOptions = { data: DATA, reviewDate: '2025-02-12' };

function reviewsOf(reports: readonly FileReport[]): Review[] {
  return JSON.parse(formatClaimReview(reports, OPTIONS)) as Review[];
}

function withMetadata(report: FileReport, metadata: Partial<ArticleMetadata>): FileReport {
  return { ...report, document: { ...report.document, metadata: { ...report.document.metadata, ...metadata } } };
}

const GROWTH_SOURCE = 'Date: 2025-02-10\nMeta plans $60–65 billion of capex in 2025, more than double its 2024 spending, or 40% of its revenue.\n';
const META_CLAIM = moneyClaim(GROWTH_SOURCE, '$60–65 billion', { entity: 'META', metric: 'capex', period: { kind: 'calendar-year', year: 2025 }, periodSource: 'stated' }, 62_000_000_000);
const SHARE_CLAIM: Claim = {
  ...META_CLAIM,
  metric: 'revenue-share',
  figure: { kind: 'percent', text: '40%', ...spanOf(GROWTH_SOURCE, '40%'), amount: { kind: 'exact', value: decimalFromInteger(40) }, precision: decimalFromInteger(1) },
};

/** A money claim, the growth claimed for it and a share of revenue: three claims, three reviews. */
function growthReport(): FileReport {
  const money = finding({ ruleId: 'supported', verdict: 'supported', severity: 'info', claim: META_CLAIM, reference: META_2025, message: 'money agrees' });
  const growth = finding({
    ruleId: 'growth',
    verdict: 'overstated',
    severity: 'error',
    claim: META_CLAIM,
    reference: META_2025,
    span: { text: 'more than double', ...spanOf(GROWTH_SOURCE, 'more than double') },
    message: 'growth overstated',
  });
  const share = finding({ ruleId: 'revenue-share', verdict: 'understated', severity: 'error', claim: SHARE_CLAIM, reference: META_2025, message: 'share understated' });
  return makeReport('posts/growth.md', GROWTH_SOURCE, [money, growth, share]);
}

describe('claimreview format', () => {
  it('gives the expected JSON-LD', () => {
    expectMatchesFile(formatClaimReview([sampleReport()], OPTIONS), new URL('expected/sample.claimreview.json', import.meta.url));
  });

  it('reviews only the claims checked against an official record, with the evidence as citation', () => {
    const reviews = reviewsOf([sampleReport()]);
    expect(reviews.map((review) => [review.claimReviewed, review.reviewRating.alternateName, review.reviewRating.ratingValue])).toEqual([
      ['Meta 2025 capex: $70 billion', 'Overstated', 2],
      ['Microsoft FY2025 capex: about $80 billion', 'Supported', 5],
      ['Meta 2025 capex: $75 billion', 'Overstated', 2],
    ]);
    for (const review of reviews) {
      expect(review['@context']).toBe('https://schema.org');
      expect(review['@type']).toBe('ClaimReview');
      expect(Array.from(review.claimReviewed).length).toBeLessThan(75);
      expect(review.itemReviewed).toEqual({ '@type': 'Claim', datePublished: '2025-02-10', appearance: { '@type': 'CreativeWork', name: 'posts/ai-capex.md' } });
      expect(review.citation.url).toMatch(/^https:\/\//);
      // A draft with no address has no page of its own: no invented review URL.
      expect(review).not.toHaveProperty('url');
    }
  });

  it("dates each review with the run's day and the claim with the article's", () => {
    const [review] = reviewsOf([sampleReport()]);
    expect(review?.datePublished).toBe('2025-02-12');
    expect(review?.itemReviewed.datePublished).toBe('2025-02-10');
  });

  it('leaves the claim undated when the article states no date and none was given', () => {
    const [review] = reviewsOf([{ ...sampleReport(), dateSource: 'default' }]);
    expect(review?.itemReviewed).not.toHaveProperty('datePublished');
    expect(review?.datePublished).toBe('2025-02-12');
  });

  it("gives each review the article's address with the claim's place as fragment, and the article as appearance", () => {
    const report = withMetadata(sampleReport(), { url: 'https://news.example/2025/capex#top', title: 'The capex race' });
    const reviews = reviewsOf([report]);
    // 1-based UTF-16 columns, as every other format counts them ("😀" takes two).
    expect(reviews.map((review) => review.url)).toEqual([
      'https://news.example/2025/capex#capcheck-2-47',
      'https://news.example/2025/capex#capcheck-3-24',
      'https://news.example/2025/capex#capcheck-4-55',
    ]);
    expect(reviews[0]?.itemReviewed.appearance).toEqual({ '@type': 'CreativeWork', url: 'https://news.example/2025/capex#top', name: 'posts/ai-capex.md', headline: 'The capex race' });
  });

  it.each<[readonly string[], unknown]>([
    [[], undefined],
    [['Jane Doe'], { '@type': 'Person', name: 'Jane Doe' }],
    [['Jane Doe', 'Max Roe'], [{ '@type': 'Person', name: 'Jane Doe' }, { '@type': 'Person', name: 'Max Roe' }]],
  ])('names the authors %j as the claim’s author', (authors, expected) => {
    const [review] = reviewsOf([withMetadata(sampleReport(), { authors })]);
    expect(review?.itemReviewed.author).toEqual(expected);
  });

  it('reviews a growth rate and a share of revenue as claims of their own, not under the figure they rest on', () => {
    const reviews = reviewsOf([growthReport()]);
    expect(reviews.map((review) => [review.claimReviewed, review.reviewRating.alternateName, review.reviewRating.ratingExplanation])).toEqual([
      ['Meta 2025 capex: $60–65 billion', 'Supported', 'money agrees'],
      ['Meta 2025 capex growth: more than double', 'Overstated', 'growth overstated'],
      ['Meta 2025 share of revenue: 40%', 'Understated', 'share understated'],
    ]);
  });

  it('makes one review of two findings on the same claim at the same place, the first (most severe) one', () => {
    const report = growthReport();
    const [money, growth] = report.findings;
    if (money === undefined || growth === undefined) throw new Error('growthReport has findings');
    const twice = { ...report, findings: [growth, { ...growth, verdict: 'supported' as const, severity: 'info' as const, message: 'again' }, money, money] };
    const reviews = reviewsOf([twice]);
    expect(reviews.map((review) => [review.claimReviewed, review.reviewRating.alternateName])).toEqual([
      ['Meta 2025 capex growth: more than double', 'Overstated'],
      ['Meta 2025 capex: $60–65 billion', 'Supported'],
    ]);
  });

  it('keeps the same claim in two articles as two reviews', () => {
    expect(reviewsOf([sampleReport('a.md'), sampleReport('b.md')])).toHaveLength(6);
  });

  it('names every verdict in words and keeps ratings on the 1–5 scale', () => {
    for (const rating of Object.values(CLAIM_RATINGS)) {
      expect(rating.alternateName).toMatch(/^[A-Z]/);
      if (rating.ratingValue !== null) expect(rating.ratingValue).toBeGreaterThanOrEqual(1);
      if (rating.ratingValue !== null) expect(rating.ratingValue).toBeLessThanOrEqual(5);
    }
  });

  it('writes an empty array when nothing was checked', () => {
    expect(formatClaimReview([], OPTIONS)).toBe('[]\n');
    expect(formatClaimReview([emptyReport()], OPTIONS)).toBe('[]\n');
  });
});
