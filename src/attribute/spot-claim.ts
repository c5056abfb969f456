import { assertNever } from '../assert-never.js';
import type { Claim, Cue, EntityId, Figure, IsoDate, NotCheckedReason, TotalClaim, UncheckedFigure } from '../types.js';
import type { FigureContext } from './figure-context.js';
import { findCompanySet, findEachCompany } from './find-company-set.js';
import { findOwner, type Owner } from './find-owner.js';
import { isEarlierFigure } from './is-earlier-figure.js';
import { readBasis } from './read-basis.js';
import type { Discourse } from './read-discourse.js';
import { readMeasure } from './read-measure.js';
import { MEASURE_WORDS } from './lexicon/measure-words.js';
import { firstCueInScope } from './first-cue.js';
import { NAMED_SITES } from './lexicon/scope-words.js';
import { readScope } from './read-scope.js';
import { resolvePeriod } from './resolve-period.js';
import { readFromToYears } from './read-from-to-years.js';
import { readYearSpan } from './read-year-span.js';
import { spanAt, type TextSegments } from './segment-text.js';
import { neighbourSiblings, noSiblings, siblingsWithout, siblingWithin } from './siblings.js';
import type { TableCell } from './read-table-rows.js';
import type { ListedFigure } from './pair-listed-figures.js';

/** What the spotter makes of a figure: a claim about one company, a total over several, or a figure not checked. */
export type Spotted =
  | { readonly kind: 'claim'; readonly claim: Claim }
  /** "Microsoft and Amazon each plan to invest $100bn": one claim for each company. */
  | { readonly kind: 'claims'; readonly claims: readonly Claim[] }
  | { readonly kind: 'total'; readonly total: TotalClaim }
  | { readonly kind: 'unchecked'; readonly unchecked: UncheckedFigure };

/** What the spotter reads a figure in. */
export interface SpotContext {
  readonly text: string;
  readonly segments: TextSegments;
  readonly discourse: Discourse;
  readonly articleDate: IsoDate;
  /**
   * The checked figure before it in the paragraph, whose (a company's, or null for a total over
   * several), and its metric word: a bare point of comparison ("up from $30 billion") measures what it does.
   */
  readonly previous: { readonly entity: EntityId | null; readonly metric: Claim['metric']; readonly cue: Cue } | null;
  /** Figures in table rows, with what their row and column say. */
  readonly cells: ReadonlyMap<Figure, TableCell>;
  /** Figures listed after as many companies, each with its company ("A, B and C spent $x, $y and $z"). */
  readonly pairs: ReadonlyMap<Figure, ListedFigure>;
  /** The claims already spotted: a listed figure takes its metric and year from the list's first. */
  readonly spotted: ReadonlyMap<Figure, Spotted>;
}

/**
 * Decides whether a figure is a claim capcheck can check: its company, metric and period must
 * each be established by words in the text (the company as the figure's owner, the metric by
 * an explicit word, the period stated, or assumed only when nothing says it is a past result),
 * and it must be about the whole company, or a total over a set of companies. Any other figure
 * comes back unchecked, with the reason.
 */
export function spotClaim(figure: Figure, context: FigureContext, spot: SpotContext): Spotted {
  const cell = spot.cells.get(figure);
  if (cell !== undefined) return spotTableCell(figure, cell);
  const paired = spot.pairs.get(figure);
  if (paired?.company.entity != null) {
    const { company } = paired;
    const cue = { text: spot.text.slice(company.start, company.end), start: company.start, end: company.end };
    const owner = { kind: 'company', entity: paired.company.entity, role: 'subject', cue, segment: company.segment } as const;
    const leader = spot.spotted.get(paired.leader);
    // The list's first figure carries the words for all: "资本开支分别为132亿、92亿…", "spent $x, $y and $z in 2025".
    // A year the list states holds for all; one assumed (the leader's own fiscal year in progress) is assumed for each company anew.
    if (paired.leader !== figure && leader?.kind === 'claim' && leader.claim.periodSource !== 'default') {
      return { kind: 'claim', claim: { ...leader.claim, figure, entity: owner.entity, earlier: null, cues: { ...leader.claim.cues, company: { ...cue, role: 'subject' } } } };
    }
    return spotCompanyClaim(figure, context, spot, owner, paired.members);
  }
  const owner = findOwner(context, spot.discourse);
  switch (owner.kind) {
    case 'none':
      return unchecked(figure, null, { kind: 'no-company' });
    case 'untracked':
      return unchecked(figure, null, { kind: 'untracked-company', cue: owner.cue });
    case 'several':
      return spotTotal(figure, context, spot, owner);
    case 'ambiguous':
      return unchecked(figure, null, { kind: 'ambiguous-company', cue: owner.cue });
    case 'company':
      return spotCompanyClaim(figure, context, spot, owner);
    default:
      return assertNever(owner);
  }
}

/** `list`: the figures of the list this one heads or belongs to ("$80 billion and $75 billion respectively in 2025"), if any. */
function spotCompanyClaim(figure: Figure, context: FigureContext, spot: SpotContext, owner: Owner & { kind: 'company' }, list: readonly Figure[] = []): Spotted {
  const { text, previous } = spot;
  const { entity } = owner;
  const compared = previous !== null && previous.entity === entity ? ({ kind: 'tracked', metric: previous.metric, cue: previous.cue } as const) : null;
  const mentions = spot.discourse.mentionsIn(context.sentence ?? figure);
  const own = readMeasure(text, figure, entity, context, mentions, compared);
  // A listed figure's metric word may stand in the clause of another list of the sentence ("资本开支分别为132亿…，而2026年…分别为200亿…").
  const listed = list.length > 0;
  const measure = own.kind === 'none' && listed ? readMeasure(text, figure, entity, { ...context, siblings: noSiblings(context.siblings) }, mentions, compared) : own;
  if (measure.kind === 'none') return unchecked(figure, entity, { kind: 'no-metric' });
  if (measure.kind === 'other') return unchecked(figure, entity, { kind: 'other-measure', measure: measure.measure, cue: measure.cue });
  const { metric } = measure;
  const scope = readScope(text, context, owner, metric, measure.cue);
  // A named site's figure ("the Abilene campus") is checked against that project's records, if any (reconcile says not checked otherwise).
  const namedSite = scope?.scope === 'site' && isNamedSite(scope.cue) ? scope.cue : null;
  if (scope !== null && namedSite === null) return unchecked(figure, entity, { kind: 'scope', scope: scope.scope, cue: scope.cue });
  // A site's size names its site by the site's name: "Colossus in Memphis … 2 GW".
  const project = namedSite ?? (metric === 'datacenter-power' ? firstCueInScope(text, context.scans, context.clause ?? context.sentence ?? figure, NAMED_SITES) : null);
  const ownPeriod = resolvePeriod(text, entity, metric, context, spot.articleDate);
  // A year written after the list is the whole list's: its other figures do not own it.
  const period =
    ownPeriod.periodSource === 'default' && listed
      ? resolvePeriod(text, entity, metric, { ...context, siblings: siblingsWithout(context.siblings, list) }, spot.articleDate)
      : ownPeriod;
  const quarter = period.period?.kind === 'quarter' ? period.period.quarter : null;
  if (period.period?.kind === 'quarter' && period.cue !== null) {
    // A quarter's growth is tied to the quarter's capex figure later (findGrowthClaims), and read from quarterly records.
    if ((metric !== 'capex' && metric !== 'growth') || project !== null || (metric === 'growth' && quarter === null)) {
      return unchecked(figure, entity, { kind: 'quarter', cue: period.cue, why: quarter === null ? 'unresolved' : 'no-quarterly-records' });
    }
  }
  const basis = readBasis(text, context);
  // A quarter read two ways (fiscal and calendar) is judged under both, but only as a result: a plan is for a quarter to come.
  if (period.period?.kind === 'quarter' && period.cue !== null && quarter === null && (period.period.readings === undefined || basis === 'forecast')) {
    return unchecked(figure, entity, { kind: 'quarter', cue: period.cue, why: 'unresolved' });
  }
  // A result for a quarter not over on the article's date, its year taken from that date: an earlier year's quarter is meant.
  if (quarter !== null && period.periodSource === 'relative' && basis === 'reported' && quarter.end >= spot.articleDate && period.cue !== null) {
    return unchecked(figure, entity, { kind: 'quarter', cue: period.cue, why: 'unresolved' });
  }
  // With no year written, a plan (or a figure with no tense) is about the year in progress; a reported one could be any year's.
  const derived = metric === 'growth' || metric === 'revenue-share';
  if (period.periodSource === 'default' && period.period !== null && basis === 'reported' && !derived) return unchecked(figure, entity, { kind: 'no-period' });
  const claim: Claim = {
    figure,
    entity,
    metric,
    period: period.period,
    periodSource: period.periodSource,
    earlier: isEarlierFigure(text, figure.start, context.clause?.start ?? context.sentence?.start ?? 0, figure.end),
    basis,
    cues: { company: { ...owner.cue, role: owner.role }, metric: measure.cue, period: period.cue },
    ...(project === null ? {} : { project }),
    // A list's year frames all its members, wherever it stands.
    ...(!listed && isDistantPeriod(period.cue, figure, context) ? { tentative: 'distant-period' as const } : {}),
  };
  return { kind: 'claim', claim };
}

/**
 * A year read from outside the figure's clause, after the figure ("gave guidance of 700億ドル, and
 * expects 2026 to be larger") or in the clause of another figure ("昨年の+45%"): it may frame another
 * statement than the figure's, so the reading is a guess.
 */
function isDistantPeriod(cue: Cue | null, figure: Figure, context: FigureContext): boolean {
  const clause = context.clause;
  if (cue === null || clause === null || (cue.start >= clause.start && cue.end <= clause.end)) return false;
  if (cue.start >= figure.end) return true;
  const cueClause = spanAt(context.clauses, cue.start);
  return cueClause !== null && siblingWithin(context.siblings, cueClause);
}

/**
 * A figure in a table row: the row names the company, the column header the year and that it is
 * capital spending. A total row is a total over the companies of the table's rows.
 */
function spotTableCell(figure: Figure, cell: TableCell): Spotted {
  switch (cell.kind) {
    case 'share-move':
      return unchecked(figure, null, { kind: 'other-measure', measure: 'share-move', cue: cell.header });
    case 'other-change':
      return unchecked(figure, null, { kind: 'other-measure', measure: 'change', cue: cell.header });
    case 'unplaced':
      return unchecked(figure, null, { kind: 'table-cell', cue: cell.row, why: cell.why });
    case 'change':
      // Checked as growth once the row's amounts are read (see attributeFigures).
      return unchecked(figure, cell.entity, { kind: 'untied-growth' });
    case 'total': {
      const companies = cell.members ?? [];
      const total: TotalClaim = { figure, companies, set: 'named', untracked: [], periods: [cell.period], periodSource: 'stated', cues: { companies: cell.row, metric: cell.header, period: cell.header } };
      return companies.length >= 2 ? { kind: 'total', total } : unchecked(figure, null, { kind: 'several-companies', cue: cell.row });
    }
    case 'amount':
      return {
        kind: 'claim',
        claim: {
          figure,
          entity: cell.entity,
          metric: 'capex',
          period: cell.period,
          periodSource: 'stated',
          earlier: null,
          basis: cell.forecast ? 'forecast' : 'unstated',
          cues: { company: { ...cell.row, role: 'subject' }, metric: cell.header, period: cell.header },
          ...(cell.tentative ? { tentative: 'table-metric' as const } : {}),
        },
      };
    default:
      return assertNever(cell);
  }
}

/** A figure about several companies: a total when the set, the capex metric and the year are all established. */
function spotTotal(figure: Figure, context: FigureContext, spot: SpotContext, owner: Owner & { kind: 'several' }): Spotted {
  const several = unchecked(figure, null, { kind: 'several-companies', cue: owner.cue });
  const each = findEachCompany(spot.text, owner, context, spot.discourse);
  if (each !== null) {
    const claims = each.flatMap((mention) => {
      if (mention.entity === null) return [];
      const cue = { text: spot.text.slice(mention.start, mention.end), start: mention.start, end: mention.end };
      const one = spotCompanyClaim(figure, context, spot, { kind: 'company', entity: mention.entity, role: 'subject', cue, segment: mention.segment });
      return one.kind === 'claim' ? [one.claim] : [];
    });
    return claims.length > 0 ? { kind: 'claims', claims } : several;
  }
  if (figure.kind !== 'money') return several;
  const set = findCompanySet(spot.text, owner, context, spot.discourse, spot.segments);
  if (set === null) return several;
  // "$100bn, $75bn and $80bn" for three companies: one figure each, not a total.
  // Words listing two figures cannot span a third, so only the nearest figures either side can be listed with it.
  const { before, after } = neighbourSiblings(context.siblings);
  if ([before, after].some((other) => other !== undefined && FIGURES_LISTED.test(between(spot.text, other, figure)))) return several;
  const compared = spot.previous !== null && spot.previous.entity === null ? ({ kind: 'tracked', metric: spot.previous.metric, cue: spot.previous.cue } as const) : null;
  const measure = readMeasure(spot.text, figure, null, context, [], compared);
  if (measure.kind === 'other') return unchecked(figure, null, { kind: 'other-measure', measure: measure.measure, cue: measure.cue });
  const span = readYearSpan(spot.text, context);
  // "capital expenditure for 2025-2026": a span of years read as a pledge is, for a total named as capex, the sum of those years' capex.
  const spanOfCapex = span !== null && measure.kind === 'tracked' && measure.metric === 'pledge' && isCapexWord(measure.cue);
  if (measure.kind !== 'tracked' || (measure.metric !== 'capex' && !spanOfCapex)) return several;
  const resolved = resolvePeriod(spot.text, null, 'capex', context, spot.articleDate);
  // "from $360 billion to $610 billion" after a sentence naming 2025 and 2026: the earlier year's, then the later year's.
  const fromTo = resolved.periodSource === 'default' ? readFromToYears(spot.text, context, spot.segments) : null;
  const period = fromTo === null ? resolved : { period: fromTo.period, periodSource: 'stated' as const, cue: fromTo.cue };
  if (period.period === null) return several;
  if (span === null && period.period.kind === 'quarter') return period.cue === null ? several : unchecked(figure, null, { kind: 'quarter', cue: period.cue, why: 'unresolved' });
  if (span === null && period.periodSource === 'default' && readBasis(spot.text, context) === 'reported') return unchecked(figure, null, { kind: 'no-period' });
  const periods = span?.periods ?? (period.period.kind === 'quarter' ? null : ([period.period] as const));
  if (periods === null) return several;
  const total: TotalClaim = {
    figure,
    companies: set.companies,
    set: set.set,
    untracked: set.untracked,
    periods,
    periodSource: span === null ? period.periodSource : 'stated',
    cues: { companies: set.cue, metric: measure.cue, period: span?.cue ?? period.cue },
  };
  return { kind: 'total', total };
}

function isCapexWord(cue: Cue): boolean {
  return MEASURE_WORDS.some((words) => words.measure === 'capex' && new RegExp(words.pattern.source, words.pattern.flags.replace('g', '')).test(cue.text));
}

/** What separates two figures of one list: a comma or "and". */
const FIGURES_LISTED = /^\s*(?:,\s*(?:and\s+)?|and|und|et|y|e|&)\s*$/iu;

function between(text: string, a: { start: number; end: number }, b: { start: number; end: number }): string {
  return a.end <= b.start ? text.slice(a.end, b.start) : text.slice(b.end, a.start);
}

function unchecked(figure: Figure, entity: EntityId | null, reason: NotCheckedReason): Spotted {
  return { kind: 'unchecked', unchecked: { figure, entity, reason } };
}

/** Whether a site cue is a site's own name ("Abilene", "Hyperion"), not a common noun ("a data center"). */
function isNamedSite(cue: Cue): boolean {
  return new RegExp(NAMED_SITES.source, NAMED_SITES.flags.replace('g', '')).test(cue.text);
}
