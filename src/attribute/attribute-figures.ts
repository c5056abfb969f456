import type { ArticleDocument, Attribution, Claim, Figure, IsoDate } from '../types.js';
import { findGdpComparisons } from './find-gdp-comparisons.js';
import { findGrowthClaims } from './find-growth-claims.js';
import { findMentions } from './find-mentions.js';
import { isEarlierFigure } from './is-earlier-figure.js';
import { findRestatements } from './find-restatements.js';
import { resolveEntity, type FigureContext } from './resolve-entity.js';
import { resolveMetric } from './resolve-metric.js';
import { resolvePeriod } from './resolve-period.js';
import { segmentText, spanAt, spanCovering } from './segment-text.js';

/**
 * Ties each figure to a company, a metric and a period. Figures no company can be tied to
 * are dropped: capcheck has nothing to check them against. A bracketed conversion right after
 * a figure is about what that figure is about.
 */
export function attributeFigures(document: ArticleDocument, figures: readonly Figure[], articleDate: IsoDate): Attribution {
  const { text } = document;
  const segments = segmentText(text);
  const mentions = findMentions(text);
  const restatements = findRestatements(text, figures);
  const restatedFigures = new Set(restatements.map((pair) => pair.restated));
  const claims: Claim[] = [];
  const claimOf = new Map<Figure, Claim>();
  for (const figure of figures) {
    if (restatedFigures.has(figure)) continue;
    const clause = spanCovering(segments.clauses, figure);
    const context: FigureContext = {
      figure,
      clause,
      sentence: spanAt(segments.sentences, figure.start),
      paragraph: spanAt(segments.paragraphs, figure.start),
      headline: segments.headline,
      otherFigures: figures.filter((other) => other !== figure),
      clauses: segments.clauses,
      textOfClause: clause === null ? null : text.slice(clause.start, clause.end),
    };
    const entity = resolveEntity(context, mentions);
    if (entity === null) continue;
    const metric = resolveMetric(text, figure, entity, context);
    const { period, periodSource } = resolvePeriod(text, entity, metric, context, articleDate);
    const earlier = isEarlierFigure(text, figure.start, context.clause?.start ?? context.sentence?.start ?? 0);
    const claim = { figure, entity, metric, period, periodSource, earlier };
    claims.push(claim);
    claimOf.set(figure, claim);
  }
  const claimRestatements = restatements.flatMap(({ original, restated }) => {
    const claim = claimOf.get(original);
    return claim ? [{ original: claim, restated: { ...claim, figure: restated } }] : [];
  });
  return {
    claims,
    restatements: claimRestatements,
    gdpComparisons: findGdpComparisons(text, segments, claims),
    growthClaims: findGrowthClaims(text, segments, claims),
    mentionedEntities: new Set(mentions.flatMap((mention) => (mention.entity === null ? [] : [mention.entity]))),
  };
}
