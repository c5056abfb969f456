import { describe, expect, it } from 'vitest';
import { CLAIM_RATINGS, formatClaimReview } from '../../src/report/format-claimreview.js';
import { expectMatchesFile } from './expect-file.js';
import { DATA, emptyReport, sampleReport } from './make-report.js';

interface Review {
  '@context': string;
  '@type': string;
  claimReviewed: string;
  reviewRating: { alternateName: string; ratingValue?: number };
  itemReviewed: { '@type': string; datePublished: string; appearance: Record<string, string> };
  citation: { url: string };
  url?: string;
}

describe('claimreview format', () => {
  it('gives the expected JSON-LD', () => {
    expectMatchesFile(formatClaimReview([sampleReport()], DATA), new URL('expected/sample.claimreview.json', import.meta.url));
  });

  it('reviews only the claims checked against an official record, with the evidence as citation', () => {
    const reviews = JSON.parse(formatClaimReview([sampleReport()], DATA)) as Review[];
    expect(reviews.map((review) => [review.claimReviewed, review.reviewRating.alternateName, review.reviewRating.ratingValue])).toEqual([
      ['Meta 2025 capex: $70 billion', 'Overstated', 2],
      ['Microsoft FY2025 capex: about $80 billion', 'Supported', 5],
      ['Meta 2025 capex: $75 billion', 'Overstated', 2],
    ]);
    for (const review of reviews) {
      expect(review['@context']).toBe('https://schema.org');
      expect(review['@type']).toBe('ClaimReview');
      expect(Array.from(review.claimReviewed).length).toBeLessThan(75);
      expect(review.itemReviewed).toMatchObject({ '@type': 'Claim', datePublished: '2025-02-10', appearance: { '@type': 'CreativeWork', name: 'posts/ai-capex.md' } });
      expect(review.citation.url).toMatch(/^https:\/\//);
      // A draft has no page of its own: no invented review URL.
      expect(review).not.toHaveProperty('url');
    }
  });

  it('names every verdict in words and keeps ratings on the 1–5 scale', () => {
    for (const rating of Object.values(CLAIM_RATINGS)) {
      expect(rating.alternateName).toMatch(/^[A-Z]/);
      if (rating.ratingValue !== null) expect(rating.ratingValue).toBeGreaterThanOrEqual(1);
      if (rating.ratingValue !== null) expect(rating.ratingValue).toBeLessThanOrEqual(5);
    }
  });

  it('writes an empty array when nothing was checked', () => {
    expect(formatClaimReview([], DATA)).toBe('[]\n');
    expect(formatClaimReview([emptyReport()], DATA)).toBe('[]\n');
  });
});
