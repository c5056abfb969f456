import type { ClaimMetric } from '../types.js';

/** How findings name what a figure measures. */
export const METRIC_NAMES: Readonly<Record<ClaimMetric, string>> = {
  capex: 'capex',
  revenue: 'revenue',
  gpus: 'GPU count',
  power: 'compute brought online',
  'datacenter-power': 'datacenter capacity',
  users: 'AI assistant users',
  pledge: 'investment pledge',
  'revenue-share': 'share of revenue',
  growth: 'growth',
};
