import { shiftDecimal } from '../money/decimal.js';
import type { ArticleDocument, Attribution, Claim, Figure, GrowthClaim, IsoDate, UncheckedFigure } from '../types.js';
import type { FigureContext } from './figure-context.js';
import { findGdpComparisons } from './find-gdp-comparisons.js';
import { findGrowthClaims, percentToFactor } from './find-growth-claims.js';
import { findTotalGrowth } from './find-total-growth.js';
import { findHeadingTotals } from './find-heading-totals.js';
import { pairListedFigures } from './pair-listed-figures.js';
import { readTableRows, type TableCell } from './read-table-rows.js';
import { findMentions } from './find-mentions.js';
import { findRestatements } from './find-restatements.js';
import { readDiscourse } from './read-discourse.js';
import { scanScopes } from './scope-scans.js';
import { segmentText, spanAt, spanCovering, type TextSegments, type TextSpan } from './segment-text.js';
import { sentenceFigures, siblingsOf, type SentenceFigures } from './siblings.js';
import { spotClaim, type SpotContext, type Spotted } from './spot-claim.js';

/**
 * Spots the claims among a document's figures: those whose company, metric and period the words
 * establish. Every other figure is kept, unchecked, with the reason. A bracketed conversion right
 * after a figure is about what that figure is about.
 */
export function attributeFigures(document: ArticleDocument, figures: readonly Figure[], articleDate: IsoDate): Attribution {
  const { text } = document;
  const segments = segmentText(text);
  const mentions = findMentions(text);
  const discourse = readDiscourse(text, segments, mentions);
  const restatements = findRestatements(text, figures, mentions);
  const restatedFigures = new Set(restatements.map((pair) => pair.restated));
  const bySentence = groupBySentence(figures, segments.sentences);
  const cells = readTableRows(text, segments, mentions, figures, document.format === 'markdown' ? document.layout.tables : []);
  const pairs = pairListedFigures(text, segments, figures, discourse);
  const scans = scanScopes(text, segments, figures);
  const spotted = new Map<Figure, Spotted>();
  let previous: SpotContext['previous'] = null;
  let previousStart = 0;
  for (const figure of figures) {
    if (restatedFigures.has(figure)) continue;
    const sentence = spanAt(segments.sentences, figure.start);
    const context: FigureContext = {
      figure,
      clause: spanCovering(segments.clauses, figure),
      sentence,
      paragraph: spanAt(segments.paragraphs, figure.start),
      siblings: siblingsOf((sentence === null ? undefined : bySentence.get(sentence.start)) ?? sentenceFigures([figure]), figure),
      clauses: segments.clauses,
      scans,
    };
    if (previous !== null && (context.paragraph === null || previousStart < context.paragraph.start)) previous = null;
    const result = spotClaim(figure, context, { text, segments, discourse, articleDate, previous, cells, pairs, spotted });
    spotted.set(figure, result);
    if (result.kind === 'claims') {
      previous = null;
    } else if (result.kind === 'claim' && result.claim.figure.kind === 'money') {
      previous = { entity: result.claim.entity, metric: result.claim.metric, cue: result.claim.cues.metric };
      previousStart = figure.start;
    } else if (result.kind === 'total') {
      previous = { entity: null, metric: 'capex', cue: result.total.cues.metric };
      previousStart = figure.start;
    }
  }
  const results = [...spotted.values()];
  const spottedClaims = results.flatMap((each) => (each.kind === 'claim' ? [each.claim] : each.kind === 'claims' ? each.claims : []));
  const growthClaims = [...findGrowthClaims(text, segments, spottedClaims, figures), ...tableGrowth(cells, spottedClaims)].sort((a, b) => a.span.start - b.span.start);
  const tiedGrowth = new Set(growthClaims.map((growth) => growth.span.start));
  // A growth percentage is checked as a growth claim, or not at all.
  const untiedGrowth = spottedClaims.filter((claim) => claim.metric === 'growth' && claim.figure.kind === 'percent' && !tiedGrowth.has(claim.figure.start));
  const claims = spottedClaims.filter((claim) => !(claim.metric === 'growth' && claim.figure.kind === 'percent'));
  const unchecked: UncheckedFigure[] = [
    ...results.flatMap((each) => (each.kind === 'unchecked' && !tiedGrowth.has(each.unchecked.figure.start) ? [each.unchecked] : [])),
    ...untiedGrowth.map((claim) => ({ figure: claim.figure, entity: claim.entity, reason: { kind: 'untied-growth' } as const })),
  ];
  const claimRestatements = [];
  for (const { original, restated } of restatements) {
    const spottedOriginal = spotted.get(original);
    if (spottedOriginal?.kind === 'claim') claimRestatements.push({ original: spottedOriginal.claim, restated: { ...spottedOriginal.claim, figure: restated } });
    else if (spottedOriginal?.kind === 'claims') for (const claim of spottedOriginal.claims) claimRestatements.push({ original: claim, restated: { ...claim, figure: restated } });
    else if (spottedOriginal?.kind === 'unchecked') unchecked.push({ ...spottedOriginal.unchecked, figure: restated });
    else if (spottedOriginal?.kind === 'total') unchecked.push({ figure: restated, entity: null, reason: { kind: 'several-companies', cue: spottedOriginal.total.cues.companies } });
  }
  const spottedTotals = results.flatMap((each) => (each.kind === 'total' ? [each.total] : []));
  // A heading repeating the total right below it is that claim again.
  const headingFigures = results.flatMap((each) => (each.kind === 'unchecked' && each.unchecked.reason.kind === 'no-company' ? [each.unchecked.figure] : []));
  const headings = findHeadingTotals(text, segments, headingFigures, spottedTotals);
  const totals = [...headings, ...spottedTotals].sort((a, b) => a.figure.start - b.figure.start);
  const headed = new Set(headings.map((total) => total.figure));
  // A percentage nobody owns, or several companies own, may be the rise of a total.
  const ownerless = unchecked.filter((each) => each.reason.kind === 'no-company' || each.reason.kind === 'several-companies').map((each) => each.figure);
  const totalGrowth = findTotalGrowth(text, segments, totals, ownerless);
  const risen = new Set(totalGrowth.map((growth) => growth.span.start));
  return {
    claims,
    unchecked: unchecked.filter((each) => !risen.has(each.figure.start) && !headed.has(each.figure)).sort((a, b) => a.figure.start - b.figure.start),
    restatements: claimRestatements,
    gdpComparisons: findGdpComparisons(text, segments, figures.filter((figure) => !restatedFigures.has(figure)), claims),
    growthClaims,
    totals,
    totalGrowth,
    mentionedEntities: new Set(mentions.flatMap((mention) => (mention.entity === null ? [] : [mention.entity]))),
  };
}

/** "YoY Change" cells: the growth of the row's amount in the later year's column over the earlier year. */
function tableGrowth(cells: ReadonlyMap<Figure, TableCell>, claims: readonly Claim[]): GrowthClaim[] {
  return [...cells].flatMap(([figure, cell]) => {
    if (cell.kind !== 'change' || figure.kind !== 'percent') return [];
    const subject = claims.find((claim) => claim.entity === cell.entity && claim.cues.company.start === cell.row.start && claim.period?.kind === cell.to.kind && claim.period.year === cell.to.year);
    if (subject === undefined) return [];
    return [{ subject, span: { text: figure.text, start: figure.start, end: figure.end }, factor: percentToFactor(figure.amount), precision: shiftDecimal(figure.precision, -2), basePeriod: cell.from }];
  });
}

/** The figures of each sentence, by the sentence's start, in one pass over both sorted lists. */
function groupBySentence(figures: readonly Figure[], sentences: TextSegments['sentences']): Map<number, SentenceFigures> {
  const groups = new Map<number, TextSpan[]>();
  for (const figure of figures) {
    const sentence = spanAt(sentences, figure.start);
    if (sentence === null) continue;
    const group = groups.get(sentence.start);
    if (group) group.push(figure);
    else groups.set(sentence.start, [figure]);
  }
  return new Map([...groups].map(([start, group]) => [start, sentenceFigures(group)]));
}
