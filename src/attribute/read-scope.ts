import type { ClaimMetric, Cue, EntityId, Figure, Scope } from '../types.js';
import type { FigureContext } from './figure-context.js';
import { firstCueInScope } from './first-cue.js';
import type { Owner } from './find-owner.js';
import { firstRegion, NAMED_SITE_NOUN, PLACE_AFTER_PREPOSITION, NAMED_SITES, PART_OF_IT, SEGMENT, SITE, VENTURE } from './lexicon/scope-words.js';

/** Metrics whose records are company-wide: a site's, a region's or a segment's figure is something else. */
const COMPANY_WIDE: ReadonlySet<ClaimMetric> = new Set(['capex', 'revenue', 'pledge', 'gpus', 'power', 'users']);
/** Metrics a place written after the figure can limit ("$120 billion on data centers in Texas"); a pledge names its country. */
const LIMITED_BY_PLACE_AFTER: ReadonlySet<ClaimMetric> = new Set(['capex', 'revenue']);
/** Entities whose records are themselves about one venture: a site noun is no narrower scope. */
const VENTURES: ReadonlySet<EntityId> = new Set(['STARGATE', 'XAI']);

/**
 * The part of the company a figure is limited to, if the words limit it: a segment (its owner is
 * AWS or Google Cloud, or the clause speaks of a cloud unit's revenue), one site ("its Louisiana
 * data center", "the Hyperion campus") or a region ("in Texas", "en Espagne"). A site or region
 * limits the figure only when it stands at least as close to it as the word naming the metric:
 * "a $65 billion spending plan to build a data center" is a plan, "a $10 billion data center" a site.
 */
export function readScope(text: string, context: FigureContext, owner: Owner & { kind: 'company' }, metric: ClaimMetric, metricCue: Cue): { scope: Scope; cue: Cue } | null {
  if (!COMPANY_WIDE.has(metric)) return null;
  if (owner.segment) return { scope: 'segment', cue: owner.cue };
  const clause = context.clause ?? context.figure;
  // The clause's matches are shared by its figures: a long clause is scanned once, not once per figure.
  const first = (pattern: RegExp): Cue | null => firstCueInScope(text, context.scans, clause, pattern);
  const figure = context.figure;
  // A quantity names its own metric by its unit: nothing can stand closer, so sites and regions are weighed alone.
  const metricDistance = metricCue.start === figure.start ? Number.POSITIVE_INFINITY : distance(metricCue, figure);
  // A site or region standing before the figure is what the clause is about ("Meta's Hyperion campus will need $50
  // billion"); one after it limits the figure only from closer than its metric word ("$65 billion spending plan to build
  // a data center" is a plan).
  // A named site or a region after the figure, in its clause, limits spending ("$120 billion on data centers in Texas",
  // "$20 billion on its Hyperion campus") unless the words between make it a part ("more than half of it in the US").
  const placeAfter = (cue: Cue): boolean => LIMITED_BY_PLACE_AFTER.has(metric) && cue.start >= figure.end && !PART_OF_IT.test(text.slice(figure.end, cue.start));
  const closeEnough = (cue: Cue | null): cue is Cue => cue !== null && (cue.end <= figure.start || distance(cue, figure) <= metricDistance);
  const placeLimits = (cue: Cue | null): cue is Cue => closeEnough(cue) || (cue !== null && placeAfter(cue));
  // A segment's revenue is never the company's; a segment's spending only when the segment stands closest.
  const segment = first(SEGMENT);
  if (segment !== null && (metric === 'revenue' || closeEnough(segment))) return { scope: 'segment', cue: segment };
  // A joint venture's money is shared with its partners wherever the words stand ("invest $15 billion in a joint venture").
  const venture = VENTURES.has(owner.entity) ? null : first(VENTURE);
  if (venture !== null) return { scope: 'venture', cue: venture };
  const named = first(NAMED_SITES) ?? first(NAMED_SITE_NOUN) ?? siteAfter(text, figure);
  if (placeLimits(named)) return { scope: 'site', cue: named };
  const site = VENTURES.has(owner.entity) ? null : first(SITE);
  if (closeEnough(site)) return { scope: 'site', cue: site };
  const region = firstRegion(context.scans.matchesIn(clause, PLACE_AFTER_PREPOSITION));
  const regionCue = region === null ? null : cueAt(text, clause.start + region.start, clause.start + region.end);
  if (placeLimits(regionCue)) return { scope: 'region', cue: regionCue };
  return null;
}

/** "a $10 billion data center", "a $2 billion campus": the figure names a site's cost. */
const SITE_RIGHT_AFTER = /^\s*(?:AI[ -])?(?:data ?cent(?:er|re)|datacent(?:er|re)|campus|facility|site|cluster|project)(?![\p{L}])/iu;

function siteAfter(text: string, figure: Pick<Figure, 'end'>): Cue | null {
  const match = SITE_RIGHT_AFTER.exec(text.slice(figure.end, figure.end + 30));
  return match === null ? null : cueAt(text, figure.end + match.index, figure.end + match.index + match[0].length);
}

function distance(cue: Cue, figure: Pick<Figure, 'start' | 'end'>): number {
  return cue.end <= figure.start ? figure.start - cue.end : Math.max(0, cue.start - figure.end);
}

function cueAt(text: string, start: number, end: number): Cue {
  return { text: text.slice(start, end), start, end };
}
