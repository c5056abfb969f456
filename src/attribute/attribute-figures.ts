import type { ArticleDocument, Attribution, Claim, Figure, IsoDate } from '../types.js';
import { findMentions } from './find-mentions.js';
import { resolveEntity, type FigureContext } from './resolve-entity.js';
import { resolveMetric } from './resolve-metric.js';
import { resolvePeriod } from './resolve-period.js';
import { segmentText, spanAt, spanCovering } from './segment-text.js';

/**
 * Ties each figure to a company, a metric and a period. Figures no company can be tied to
 * are dropped: capcheck has nothing to check them against.
 */
export function attributeFigures(document: ArticleDocument, figures: readonly Figure[], articleDate: IsoDate): Attribution {
  const { text } = document;
  const segments = segmentText(text);
  const mentions = findMentions(text);
  const claims: Claim[] = [];
  for (const figure of figures) {
    const context: FigureContext = {
      figure,
      clause: spanCovering(segments.clauses, figure),
      sentence: spanAt(segments.sentences, figure.start),
      paragraph: spanAt(segments.paragraphs, figure.start),
      headline: segments.headline,
    };
    const entity = resolveEntity(context, mentions);
    if (entity === null) continue;
    const metric = resolveMetric(text, figure, entity, context);
    const { period, periodSource } = resolvePeriod(text, entity, metric, context, articleDate);
    claims.push({ figure, entity, metric, period, periodSource });
  }
  return { claims, mentionedEntities: new Set(mentions.map((mention) => mention.entity)) };
}
