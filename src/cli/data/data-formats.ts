/** The output formats of `capcheck data` (its own list: it prints records, not findings). */
export const DATA_FORMATS = ['table', 'json'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];
