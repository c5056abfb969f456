import { assertNever } from '../assert-never.js';
import type { Claim, Figure, IsoDate, NotCheckedReason, UncheckedFigure } from '../types.js';
import type { FigureContext } from './figure-context.js';
import { findOwner } from './find-owner.js';
import { isEarlierFigure } from './is-earlier-figure.js';
import { readBasis } from './read-basis.js';
import type { Discourse } from './read-discourse.js';
import { readMeasure } from './read-measure.js';
import { readScope } from './read-scope.js';
import { resolvePeriod } from './resolve-period.js';

/**
 * Decides whether a figure is a claim capcheck can check: its company, metric and period must
 * each be established by words in the text (the company as the figure's owner, the metric by
 * an explicit word, the period stated, or assumed only for a plan), and it must be about the
 * whole company. Any other figure comes back unchecked, with the reason.
 */
export function spotClaim(
  text: string,
  figure: Figure,
  context: FigureContext,
  discourse: Discourse,
  articleDate: IsoDate,
  previous: Claim | null,
): Claim | UncheckedFigure {
  const owner = findOwner(context, discourse);
  switch (owner.kind) {
    case 'none':
      return unchecked(figure, null, { kind: 'no-company' });
    case 'untracked':
      return unchecked(figure, null, { kind: 'untracked-company', cue: owner.cue });
    case 'several':
      return unchecked(figure, null, { kind: 'several-companies', cue: owner.cue });
    case 'ambiguous':
      return unchecked(figure, null, { kind: 'ambiguous-company', cue: owner.cue });
    case 'company':
      break;
    default:
      return assertNever(owner);
  }
  const { entity } = owner;
  // The claim before it in the paragraph, if the same company's, is what a bare point of comparison is compared with.
  const compared = previous !== null && previous.entity === entity ? ({ kind: 'tracked', metric: previous.metric, cue: previous.cues.metric } as const) : null;
  const measure = readMeasure(text, figure, entity, context, discourse.mentionsIn(context.sentence ?? figure), compared);
  if (measure.kind === 'none') return unchecked(figure, entity, { kind: 'no-metric' });
  if (measure.kind === 'other') return unchecked(figure, entity, { kind: 'other-measure', measure: measure.measure, cue: measure.cue });
  const { metric } = measure;
  const scope = readScope(text, context, owner, metric, measure.cue);
  if (scope !== null) return unchecked(figure, entity, { kind: 'scope', scope: scope.scope, cue: scope.cue });
  const period = resolvePeriod(text, entity, metric, context, articleDate);
  if (period.period?.kind === 'quarter' && period.cue !== null) return unchecked(figure, entity, { kind: 'quarter', cue: period.cue });
  const basis = readBasis(text, context);
  // With no year written, a plan (or a figure with no tense) is about the year in progress; a reported one could be any year's.
  const derived = metric === 'growth' || metric === 'revenue-share';
  if (period.periodSource === 'default' && period.period !== null && basis === 'reported' && !derived) return unchecked(figure, entity, { kind: 'no-period' });
  return {
    figure,
    entity,
    metric,
    period: period.period,
    periodSource: period.periodSource,
    earlier: isEarlierFigure(text, figure.start, context.clause?.start ?? context.sentence?.start ?? 0),
    basis,
    cues: { company: { ...owner.cue, role: owner.role }, metric: measure.cue, period: period.cue },
  };
}

function unchecked(figure: Figure, entity: UncheckedFigure['entity'], reason: NotCheckedReason): UncheckedFigure {
  return { figure, entity, reason };
}

/** Whether a spotted figure is a claim to check. */
export function isClaim(spotted: Claim | UncheckedFigure): spotted is Claim {
  return 'cues' in spotted;
}
