/**
 * The fixed word lists of the reference records, apart from their schemas so that a run that only
 * reads the built records (and the `data` command's options) never loads zod.
 */
export const ENTITY_IDS = ['META', 'MSFT', 'GOOGL', 'AMZN', 'ORCL', 'STARGATE', 'AAPL', 'XAI', 'CRWV', 'TSLA', 'OPENAI', 'ANTHROPIC', 'NVDA', 'SOFTBANK'] as const;

/**
 * What a figure measures. `power` is compute brought online in a period; `datacenter-power`
 * is the size of one site; `pledge` is a multi-year investment intention, never annual capex.
 */
export const METRICS = ['capex', 'revenue', 'gpus', 'power', 'datacenter-power', 'users', 'pledge'] as const;

/** Who stands behind a source: the company itself (or its wire release), a reputable outlet, or anything else. */
export const SOURCE_CLASSES = ['primary', 'reputable', 'weak'] as const;
