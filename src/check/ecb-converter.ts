import { explainCrossRate } from '../money/explain-cross-rate.js';
import { convert, explainImpliedRate, type FxTable } from '../money/fx.js';
import { isQuotedCurrency } from '../money/quoted-currencies.js';
import { TOLERANCE } from '../reconcile/tolerance.js';
import type { CurrencyConverter } from '../reconcile/currency-converter.js';

const SOURCE = 'ECB reference rate';

/** Reconciliation's view of the bundled ECB rates: conversions at the day's rate, guesses at odd rates. */
export function createEcbConverter(table: FxTable): CurrencyConverter {
  return {
    convert(amount, from, to, date) {
      const conversion = convert(table, amount, from, to, date);
      if (conversion === null) return null;
      const [first] = conversion.via;
      return {
        value: conversion.value,
        from,
        to,
        rate: conversion.rate,
        rateDate: first?.date ?? date,
        fallback: first?.fallback ?? 'exact',
        source: SOURCE,
        sourceUrl: table.source.url,
      };
    },
    explainRate(implied, from, to, date) {
      if (!isQuotedCurrency(to)) return null;
      // The ECB quotes units per euro: a euro rate is one of its quotes, any other a cross of two quotes of one day.
      if (from === 'EUR') {
        const candidate = explainImpliedRate(table, to, implied, date, TOLERANCE.PROBABLE_RATE);
        return candidate === null ? null : { label: candidate.label, rate: candidate.unitsPerEuro };
      }
      return isQuotedCurrency(from) ? explainCrossRate(table, from, to, implied, date, TOLERANCE.PROBABLE_RATE) : null;
    },
  };
}
