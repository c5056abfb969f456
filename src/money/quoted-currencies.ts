import type { CurrencyCode } from '../types.js';

/** The currencies the ECB quotes against the euro whose rates are bundled (others cannot be converted). */
export const FX_QUOTED_CURRENCIES = ['USD', 'GBP', 'JPY', 'CNY', 'INR', 'CHF', 'CAD', 'AUD', 'HKD', 'KRW'] as const satisfies readonly CurrencyCode[];
export type QuotedCurrency = (typeof FX_QUOTED_CURRENCIES)[number];

/** Whether a currency's ECB rates are bundled. */
export function isQuotedCurrency(currency: CurrencyCode): currency is QuotedCurrency {
  return (FX_QUOTED_CURRENCIES as readonly CurrencyCode[]).includes(currency);
}
