import { assertNever } from '../assert-never.js';
import { companyById } from '../data/companies.js';
import type { NotCheckedReason, OtherMeasure, Scope, UncheckedFigure } from '../types.js';

/** What each untracked measure is, as a message names it. */
const MEASURE_NAMES: Readonly<Record<OtherMeasure, string>> = {
  'share-price': 'a share price',
  'share-move': 'a move in a share price or market value',
  'market-value': 'a market value',
  'net-worth': "a person's wealth",
  profit: 'a profit or loss',
  'earnings-per-share': 'earnings per share',
  margin: 'a margin',
  backlog: 'a backlog of contracted revenue',
  'run-rate': 'a run rate',
  deal: 'the value of a deal, contract or purchase',
  financing: 'financing (a loan, bond, lease or funding)',
  'unit-cost': 'a cost per unit',
  stake: 'an investment in another company',
  estimate: "an analyst's estimate",
  'cash-flow': 'a cash flow',
  depreciation: 'depreciation',
  'operating-expenses': 'operating expenses',
  tax: 'a tax, fine or settlement',
  'shareholder-returns': 'cash held, buybacks or dividends',
  change: 'an amount of change, not a level',
  'other-count': 'a count of something capcheck does not track',
  audience: 'users of something other than an AI assistant',
  cost: 'the cost of a project or purchase',
  'contracted-capacity': "power capacity contracted or supplied across partners' sites",
};

const SCOPE_NAMES: Readonly<Record<Scope, string>> = {
  site: 'one site or project',
  region: 'one region',
  segment: 'one segment of the company',
  venture: 'a joint venture with partners',
};

/** The one-line message of a figure reported as not checked: what was read, and what was missing. */
export function describeUnchecked(unchecked: UncheckedFigure): string {
  const about = unchecked.entity === null ? '' : ` (about ${companyById(unchecked.entity).displayName})`;
  return `"${unchecked.figure.text}"${about} is not checked: ${describeReason(unchecked.reason)}.`;
}

function describeReason(reason: NotCheckedReason): string {
  switch (reason.kind) {
    case 'no-company':
      return 'no company capcheck tracks is named as its owner';
    case 'ambiguous-company':
      return `several companies are named around it ("${reason.cue.text}" first) and the words do not say whose it is`;
    case 'untracked-company':
      return `it is "${reason.cue.text}"'s, and capcheck has no official figures for it`;
    case 'several-companies':
      return `it is about several companies ("${reason.cue.text}"), and the words do not establish which ones, their metric or their year`;
    case 'other-measure':
      return `it is ${MEASURE_NAMES[reason.measure]} ("${reason.cue.text}"), which capcheck has no official figures for`;
    case 'no-metric':
      return 'nothing in its sentence says what it measures (capex, revenue, a pledge, GPUs, power or AI users)';
    case 'scope':
      return `it covers ${SCOPE_NAMES[reason.scope]} ("${reason.cue.text}"), and official figures are company-wide`;
    case 'quarter':
      return reason.why === 'unresolved'
        ? `it is a quarter's figure ("${reason.cue.text}"), and the words do not pin down which quarter`
        : `it is a quarter's figure ("${reason.cue.text}"), and the only quarterly official figures are company-wide capex`;
    case 'no-period':
      return 'it is a reported figure with no year written, so it could be any year\'s';
    case 'untied-growth':
      return 'it is a rate of change not tied to a figure capcheck checks';
    case 'table-cell':
      return reason.why === 'cells-misfit'
        ? `it sits in a table row ("${reason.cue.text}") whose cells do not fit the header's columns, so which column it is in is unknown`
        : `it sits in a table row ("${reason.cue.text}") whose header names no metric, so what it is a change of is unknown`;
    default:
      return assertNever(reason);
  }
}
