#!/usr/bin/env node
/**
 * Derives the bundled reference dataset (data/reference/records.json) from the fact sheet's
 * machine-readable copy (facts.json). A dev tool, run by hand:
 *
 *   node scripts/derive-reference.mjs [path/to/facts.json]
 *
 * The path defaults to ../shared/reference/facts.json relative to the repository root.
 * Only VERIFIED rows are used, and only those named in MAPPING below. Every VERIFIED row must
 * be either mapped or listed in LEFT_OUT with a reason, so a new row in the fact sheet is
 * noticed instead of silently dropped. Any inconsistency stops the script with an error.
 * The output is deterministic: same input, same bytes.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_INPUT = resolve(REPO_ROOT, '../shared/reference/facts.json');
const OUTPUT = resolve(REPO_ROOT, 'data/reference/records.json');

const ENTITIES = {
  Meta: 'META',
  Microsoft: 'MSFT',
  Alphabet: 'GOOGL',
  Amazon: 'AMZN',
  Oracle: 'ORCL',
  'Stargate (OpenAI, SoftBank, Oracle, MGX)': 'STARGATE',
  Apple: 'AAPL',
  xAI: 'XAI',
};

/** Powers of ten for the fact sheet's `scale`. */
const SCALE_POWERS = { billion: 9, million: 6, thousand: 3, unit: 0 };

const VALUE_KINDS = {
  point: 'point',
  range: 'range',
  approx: 'approximate',
  lower_bound: 'lower-bound',
  upper_bound: 'upper-bound',
};

/** The measure of each metric, and which fact-sheet currency/unit values may feed it. */
const MEASURES = {
  capex: { measure: { kind: 'money', currency: 'USD' }, currency: 'USD', units: [''], unitPower: 0 },
  revenue: { measure: { kind: 'money', currency: 'USD' }, currency: 'USD', units: [''], unitPower: 0 },
  pledge: { measure: { kind: 'money', currency: 'USD' }, currency: 'USD', units: [''], unitPower: 0 },
  gpus: {
    measure: { kind: 'quantity', unit: 'GPU' },
    currency: '',
    units: ['GPUs', 'Nvidia H100 (plus ~600k H100-equivalents total)', 'Nvidia H100 GPUs (plan: double to 200k incl. 50k H200)'],
    unitPower: 0,
  },
  // 1 GW = 10^9 W.
  power: { measure: { kind: 'quantity', unit: 'W' }, currency: '', units: ['GW'], unitPower: 9 },
  'datacenter-power': { measure: { kind: 'quantity', unit: 'W' }, currency: '', units: ['GW'], unitPower: 9 },
  users: {
    measure: { kind: 'quantity', unit: 'user' },
    currency: '',
    units: ['people served', 'monthly users', 'monthly active users'],
    unitPower: 0,
  },
};

/**
 * The records taken, keyed by fact-sheet id, in the fact sheet's order.
 * - metric, basis: the dataset's classification.
 * - period: the period label, or null for no period; start/end always come from the row.
 * - speaker: omitted = prefix the title with the row's `speaker` verbatim; a string = prefix with
 *   that leading part of the row's speaker; false = title is the venue alone.
 * - note: an optional caveat, worded from the fact sheet's notes, superseded notes and caveats.
 */
const MAPPING = {
  'META-CAPEX-2024-G1': {
    metric: 'capex', basis: 'guidance', period: '2024', speaker: 'Meta',
    note: 'Initial 2024 guidance. Meta capex includes principal payments on finance leases (its stated definition from 2024 on).',
  },
  'META-CAPEX-2024-G2': {
    metric: 'capex', basis: 'guidance', period: '2024',
    note: "Shacknews wrongly paraphrases this range as '$30-36 billion'.",
  },
  'META-CAPEX-2024-G3': { metric: 'capex', basis: 'guidance', period: '2024' },
  'META-CAPEX-2024-G4': { metric: 'capex', basis: 'guidance', period: '2024' },
  'META-CAPEX-2024-G5': { metric: 'capex', basis: 'guidance', period: '2024' },
  'META-CAPEX-2024-ACT': {
    metric: 'capex', basis: 'actual', period: '2024',
    note: "Includes principal payments on finance leases; purchases of property & equipment alone were ~$37.26B. '$40 billion spent last year' (IBTimes) is a rounding.",
  },
  'META-REV-2024': { metric: 'revenue', basis: 'actual', period: '2024', note: 'Exact: $164,501 million.' },
  'META-CAPEX-2025-ZUCK': {
    metric: 'capex', basis: 'guidance', period: '2025',
    note: "Total 2025 capex (AI and non-AI), not 'AI spend'. Confirmed on the 2025-01-29 call; the post's verbatim sentence was not seen.",
  },
  'META-POWER-2025': {
    metric: 'power', basis: 'statement', period: '2025',
    note: "Approximate ('~1GW'): compute brought online in 2025, not the size of a datacenter.",
  },
  'META-GPUS-2025': {
    metric: 'gpus', basis: 'statement', period: '2025',
    note: "Year-end target; 'more than 1.3 million' is a lower bound, and GPUs in general, not H100s specifically.",
  },
  'META-DC-2GW': {
    metric: 'datacenter-power', basis: 'statement', period: null,
    note: "Lower bound ('2GW+'), one site (Richland Parish, Louisiana). Later described as Hyperion, able to scale to 5GW over several years (2025-07-14).",
  },
  'META-USERS-METAAI-2025-TARGET': {
    metric: 'users', basis: 'statement', period: '2025',
    note: 'A forecast for 2025, not a reported user count.',
  },
  'META-CAPEX-2025-Q4CALL': {
    metric: 'capex', basis: 'guidance', period: '2025',
    note: "Same $60-65B range as Zuckerberg's 2025-01-24 post. Official CFO-outlook verbatim not seen (stocktitan summary of the release).",
  },
  'META-CAPEX-2025-Q1': {
    metric: 'capex', basis: 'guidance', period: '2025',
    note: "Given in the CFO outlook; PYMNTS says Zuckerberg 'increased that figure' on the call.",
  },
  'META-CAPEX-2025-Q2': { metric: 'capex', basis: 'guidance', period: '2025' },
  'META-CAPEX-2025-Q3': { metric: 'capex', basis: 'guidance', period: '2025' },
  'META-CAPEX-2025-ACT': {
    metric: 'capex', basis: 'actual', period: '2025',
    note: 'Includes principal payments on finance leases. Exact: $72,215M.',
  },
  'META-REV-2025': {
    metric: 'revenue', basis: 'actual', period: '2025',
    note: 'The release table is in $ millions: $200,966M; the fact sheet rounds it to $200.97B.',
  },
  'META-CAPEX-2026-G1': {
    metric: 'capex', basis: 'guidance', period: '2026',
    note: "Includes principal payments on finance leases. The quote does not state the range; the same page says 'in the range of $115 billion to $135 billion'.",
  },
  'META-CAPEX-2026-G2': { metric: 'capex', basis: 'guidance', period: '2026' },
  'META-USERS-METAAI-2024-10': {
    metric: 'users', basis: 'actual', period: 'as of 2024-10-30',
    note: "At Connect (Sept 2024) Zuckerberg said 'almost 500 million'.",
  },
  'META-USERS-METAAI-2024-12': {
    metric: 'users', basis: 'actual', period: 'as of 2024-12',
    note: "Weak: one secondary page, saying 'over 600 million'; the official wording is recalled as 'nearly 600 million' (unverified). Treat as ~600M.",
  },
  'META-USERS-METAAI-2025-01': { metric: 'users', basis: 'actual', period: 'as of 2025-01-29' },
  'META-USERS-METAAI-2025-05': { metric: 'users', basis: 'actual', period: 'as of 2025-05-28' },
  'META-GPUS-2024': {
    metric: 'gpus', basis: 'statement', period: '2024',
    note: "Year-end target of 350,000 H100s; with other GPUs 'almost 600,000 H100s equivalents of compute' (not 600,000 GPUs).",
  },
  'META-US-INVEST-2028': {
    metric: 'pledge', basis: 'statement', period: null, speaker: 'Mark Zuckerberg',
    note: "US infrastructure and jobs 'through 2028' (no start date given); not comparable to annual capex guidance.",
  },
  'MSFT-AIDC-FY25': {
    metric: 'capex', basis: 'guidance', period: 'FY2025',
    note: "Brad Smith's AI-datacenter investment figure for FY2025 (Jul 2024-Jun 2025), not formal capex guidance; FY2025 capex incl. finance leases was $88.2B.",
  },
  'MSFT-CAPEX-FY25-ACT': {
    metric: 'capex', basis: 'actual', period: 'FY2025',
    note: 'Includes finance leases; cash paid for PP&E is much lower.',
  },
  'MSFT-REV-FY25': { metric: 'revenue', basis: 'actual', period: 'FY2025' },
  'MSFT-CAPEX-CY26-G': {
    metric: 'capex', basis: 'guidance', period: '2026',
    note: "Calendar 2026, not fiscal 2026 (socialgraphs.in wrongly says 'fiscal 2026').",
  },
  'GOOGL-CAPEX-2024-ACT': {
    metric: 'capex', basis: 'actual', period: '2024',
    note: "Purchases of property and equipment; Sherwood rounds it to '$50 billion'.",
  },
  'GOOGL-CAPEX-2025-G1': { metric: 'capex', basis: 'guidance', period: '2025', note: 'Reiterated at Q1 2025 results (Apr 2025).' },
  'GOOGL-CAPEX-2025-G2': { metric: 'capex', basis: 'guidance', period: '2025' },
  'GOOGL-CAPEX-2025-G3': {
    metric: 'capex', basis: 'guidance', period: '2025',
    note: "For calendar 2025 (VARIndia wrongly says 'in the coming year').",
  },
  'GOOGL-CAPEX-2025-ACT': { metric: 'capex', basis: 'actual', period: '2025', note: 'EconoTimes: $91.45B.' },
  'GOOGL-REV-2025': {
    metric: 'revenue', basis: 'actual', period: '2025',
    note: "Lower bound ('exceeded $400 billion'); a Lapaas table gives $402.8B.",
  },
  'GOOGL-CAPEX-2026-G1': {
    metric: 'capex', basis: 'guidance', period: '2026',
    note: 'Released after the US close on 2026-02-04; some Asian outlets date it Feb 5.',
  },
  'GOOGL-CAPEX-2026-G2': { metric: 'capex', basis: 'guidance', period: '2026' },
  'GOOGL-USERS-GEMINI-2025-10': { metric: 'users', basis: 'actual', period: 'as of 2025-10-29' },
  'AMZN-CAPEX-2024-G': { metric: 'capex', basis: 'guidance', period: '2024' },
  'AMZN-CAPEX-2024-ACT': {
    metric: 'capex', basis: 'actual', period: '2024',
    note: "Gross purchases of property & equipment; Amazon's own 'cash capex' is net of proceeds and incentives (~$78B).",
  },
  'AMZN-REV-2024': { metric: 'revenue', basis: 'actual', period: '2024' },
  'AMZN-CAPEX-2025-G1': {
    metric: 'capex', basis: 'guidance', period: '2025',
    note: "Implied, not stated: Q4 2024 $26.3B x 4 = $105.2B; press rounded it to '$100 billion' / 'more than $100 billion'.",
  },
  'AMZN-CAPEX-2025-G2': {
    metric: 'capex', basis: 'guidance', period: '2025',
    note: "Derived, not stated: H1 ~$55.7B + 2 x $31.4B; Amazon never said '$118B' (other outlets derived ~$120B).",
  },
  'AMZN-CAPEX-2025-G3': { metric: 'capex', basis: 'guidance', period: '2025' },
  'AMZN-CAPEX-2025-ACT': {
    metric: 'capex', basis: 'actual', period: '2025',
    note: 'Gross purchases of property & equipment, via a data aggregator; many articles cite the $125B guidance as if it were the actual.',
  },
  'AMZN-CAPEX-2026-G': {
    metric: 'capex', basis: 'guidance', period: '2026',
    note: 'Reaffirmed in the 2025 shareholder letter and at Q1 2026 results.',
  },
  'ORCL-CAPEX-FY25-G': {
    metric: 'capex', basis: 'guidance', period: 'FY2025',
    note: "Implied: capex would 'probably be double' FY2024's (~$7B); ~$14B is the fact sheet's reading. Announced in June 2024 (day not verified).",
  },
  'ORCL-CAPEX-FY25-ACT': {
    metric: 'capex', basis: 'actual', period: 'FY2025',
    note: "Cash-flow capex; Oracle's heavy lease commitments are outside this number.",
  },
  'ORCL-REV-FY25': { metric: 'revenue', basis: 'actual', period: 'FY2025' },
  'ORCL-CAPEX-FY26-G1': { metric: 'capex', basis: 'guidance', period: 'FY2026' },
  'ORCL-CAPEX-FY26-G2': {
    metric: 'capex', basis: 'guidance', period: 'FY2026',
    note: "Raised by ~$10B to ~$35B; the pages say only 'September' (day not verified).",
  },
  'ORCL-CAPEX-FY26-G3': {
    metric: 'capex', basis: 'guidance', period: 'FY2026',
    note: "Raised from ~$35B; reaffirmed on 2026-03-10. AIBase wrongly wrote '$1.5 billion'.",
  },
  'STARGATE-500B': {
    metric: 'pledge', basis: 'statement', period: '2025–2029', speaker: false,
    note: "An intention ('intends to invest', up to $500B over four years), privately funded; not annual capex.",
  },
  'STARGATE-100B': {
    metric: 'pledge', basis: 'statement', period: null, speaker: false,
    note: "Initial deployment, 'immediately' from 2025-01-21; some outlets called Stargate 'a $100 billion joint venture'.",
  },
  'STARGATE-SEP25': {
    metric: 'pledge', basis: 'statement', period: '2025–2028',
    note: 'Investment over the next three years, with nearly 7 GW of planned capacity; not annual capex.',
  },
  'AAPL-US-500B': {
    metric: 'pledge', basis: 'statement', period: '2025–2029',
    note: 'US spend commitment incl. hiring, suppliers and Apple TV+ production; not capex. A raise to $600B (Aug 2025) is unverified.',
  },
  'XAI-COLOSSUS-2024': {
    metric: 'gpus', basis: 'actual', period: 'as of 2024-09',
    note: 'Musk said Colossus would double to 200,000 chips (incl. 50,000 H200) in a few months.',
  },
};

/** VERIFIED rows deliberately left out, with the reason (copied into data/reference/SOURCE.md). */
const LEFT_OUT = {
  'META-CAPEX-2026-OUTLOOK-JUL25': 'qualitative outlook (no number)',
  'META-CAPEX-2026-OUTLOOK-OCT25': 'qualitative outlook (no number)',
  'META-CLUSTER-LLAMA4': 'one training cluster, not the GPU fleet',
  'META-CLUSTERS-JUL25': 'qualitative (no number, no period)',
  'MSFT-FY-DEF': 'definition (fiscal year), not a figure',
  'MSFT-AIDC-FY25-US': 'partial figure (US share of MSFT-AIDC-FY25, derived)',
  'MSFT-AZURE-FY25': 'segment figure (Azure revenue), not company revenue',
  'MSFT-AI-RUNRATE-2025-01': 'segment figure (AI revenue run rate)',
  'MSFT-CAPEX-Q1FY26-G': 'quarterly figure: the tool has no quarter periods, and a quarter must never be compared with a full year',
  'MSFT-CAPEX-FY26-OUTLOOK-JUL25': 'qualitative outlook (no number)',
  'MSFT-CAPEX-FY26-OUTLOOK-OCT25': 'qualitative outlook (no number)',
  'MSFT-CAPEX-Q2FY26-ACT': 'quarterly figure: the tool has no quarter periods, and a quarter must never be compared with a full year',
  'ORCL-FY-DEF': 'definition (fiscal year), not a figure',
  'XAI-COLOSSUS-1M': 'a plan reported by a third party, with no date or period',
  'BIG4-CAPEX-2025-G': 'a press sum across companies (mixes calendar and fiscal years), not official',
};

const TITLE_SEPARATOR = ' — ';
const NOTE_MAX = 200;

function fail(message) {
  throw new Error(message);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

function isIsoDate(text) {
  const match = ISO_DATE.exec(text);
  if (match === null) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.toISOString().slice(0, 10) === text;
}

function isIsoMonth(text) {
  const match = ISO_MONTH.exec(text);
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

function lastDayOfMonth(month) {
  const [y, m] = month.split('-').map(Number);
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

/**
 * Exact base units: the fact sheet's decimal × 10^power, via BigInt on the digits, so 39.23
 * billion is 39230000000 and never 39229999999.999996.
 */
function toBaseUnits(id, field, raw, power) {
  if (typeof raw !== 'number' || !Number.isFinite(raw) || raw < 0) fail(`${id}: ${field} is not a non-negative number: ${raw}`);
  // String(number) is the shortest text that round-trips, i.e. the digits written in facts.json.
  const text = String(raw);
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (match === null) fail(`${id}: ${field} ${text} is not plain decimal digits`);
  const whole = match[1];
  const fraction = match[2] ?? '';
  if (fraction.length > power) fail(`${id}: ${field} ${text} is not a whole number of base units`);
  const result = BigInt(whole + fraction) * 10n ** BigInt(power - fraction.length);
  if (result > BigInt(Number.MAX_SAFE_INTEGER)) fail(`${id}: ${field} ${text} exceeds the safe integer range`);
  return Number(result);
}

function deriveValue(row, power) {
  const kind = VALUE_KINDS[row.value_type] ?? fail(`${row.id}: value_type ${row.value_type} cannot be used`);
  const present = (name) => row[name] !== null && row[name] !== undefined;
  const expect = (used) => {
    for (const name of ['value', 'value_low', 'value_high']) {
      if (used.includes(name) !== present(name)) {
        fail(`${row.id}: value_type ${row.value_type} expects ${used.join(' and ')} only, found ${name}=${row[name]}`);
      }
    }
  };
  switch (row.value_type) {
    case 'point':
    case 'approx':
      expect(['value']);
      return { kind, value: toBaseUnits(row.id, 'value', row.value, power) };
    case 'lower_bound':
      expect(['value_low']);
      return { kind, value: toBaseUnits(row.id, 'value_low', row.value_low, power) };
    case 'upper_bound':
      expect(['value_high']);
      return { kind, value: toBaseUnits(row.id, 'value_high', row.value_high, power) };
    case 'range': {
      expect(['value_low', 'value_high']);
      const low = toBaseUnits(row.id, 'value_low', row.value_low, power);
      const high = toBaseUnits(row.id, 'value_high', row.value_high, power);
      if (!(low < high)) fail(`${row.id}: range low ${low} is not below high ${high}`);
      return { kind, low, high };
    }
    default:
      return fail(`${row.id}: unhandled value_type ${row.value_type}`);
  }
}

/** The leading date of announced_date ("2024-06 (...; date from memory ~2024-06-11)" -> "2024-06"). */
function deriveAnnounced(row) {
  const text = row.announced_date;
  if (typeof text !== 'string') fail(`${row.id}: no announced_date`);
  const match = /^(\d{4}-\d{2}(?:-\d{2})?)(?=$|\s)(.*)$/.exec(text);
  if (match === null) fail(`${row.id}: announced_date "${text}" does not start with YYYY-MM or YYYY-MM-DD`);
  const [, date, rest] = match;
  if (!(isIsoDate(date) || isIsoMonth(date))) fail(`${row.id}: announced_date "${text}" is not a valid date`);
  // A day that is only remembered must never be used; the month part would be, but say so explicitly.
  if (date.length === 10 && /memory/i.test(rest)) fail(`${row.id}: announced day "${text}" is from memory`);
  return date;
}

function derivePeriod(row, label) {
  const start = row.period_start;
  const end = row.period_end;
  if (label === null) return null;
  const mismatch = (expected) => fail(`${row.id}: period label "${label}" does not match the row (expected "${expected}")`);
  switch (row.period_type) {
    case 'calendar': {
      if (!isIsoDate(start) || !isIsoDate(end)) fail(`${row.id}: calendar period needs full start/end dates`);
      const year = start.slice(0, 4);
      if (start !== `${year}-01-01` || end !== `${year}-12-31`) fail(`${row.id}: calendar period ${start}..${end} is not one year`);
      if (label !== year || row.period !== year) mismatch(year);
      return { label, start, end };
    }
    case 'fiscal (Jul-Jun)':
    case 'fiscal (Jun-May)': {
      if (!isIsoDate(start) || !isIsoDate(end)) fail(`${row.id}: fiscal period needs full start/end dates`);
      const expected = `FY${end.slice(0, 4)}`;
      if (label !== expected || row.period !== expected) mismatch(expected);
      return { label, start, end };
    }
    case 'point-in-time': {
      if (start !== null) fail(`${row.id}: point-in-time row has a start date`);
      if (label !== `as of ${end}`) mismatch(`as of ${end}`);
      if (isIsoDate(end)) return { label, start: end, end };
      if (isIsoMonth(end)) return { label, start: `${end}-01`, end: lastDayOfMonth(end) };
      return fail(`${row.id}: point-in-time end "${end}" is not a date or month`);
    }
    case 'multi-year': {
      if (!isIsoDate(start)) fail(`${row.id}: multi-year period has no start date, so it must be mapped to null`);
      const fullEnd = isIsoDate(end) ? end : isIsoMonth(end) ? lastDayOfMonth(end) : fail(`${row.id}: multi-year period has no end date`);
      const expected = `${start.slice(0, 4)}–${fullEnd.slice(0, 4)}`;
      if (label !== expected) mismatch(expected);
      return { label, start, end: fullEnd };
    }
    default:
      return fail(`${row.id}: period_type "${row.period_type}" cannot be mapped to a period`);
  }
}

function deriveTitle(row, speakerOption) {
  const venue = typeof row.venue === 'string' ? row.venue.trim() : '';
  if (venue === '') fail(`${row.id}: no venue`);
  if (speakerOption === false) return venue;
  const speaker = typeof row.speaker === 'string' ? row.speaker.trim() : '';
  if (speakerOption === undefined) return speaker === '' ? venue : `${speaker}${TITLE_SEPARATOR}${venue}`;
  if (typeof speakerOption !== 'string' || !speaker.startsWith(speakerOption)) {
    fail(`${row.id}: speaker prefix "${speakerOption}" is not part of the row's speaker "${speaker}"`);
  }
  return `${speakerOption}${TITLE_SEPARATOR}${venue}`;
}

function publisherOf(row) {
  let url;
  try {
    url = new URL(row.source_url);
  } catch {
    return fail(`${row.id}: source_url "${row.source_url}" is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') fail(`${row.id}: source_url is not http(s)`);
  return url.hostname.replace(/^www\./, '');
}

function deriveRecord(row, mapping) {
  const entity = ENTITIES[row.entity] ?? fail(`${row.id}: unknown entity "${row.entity}"`);
  const measureRule = MEASURES[mapping.metric] ?? fail(`${row.id}: unknown metric ${mapping.metric}`);
  if (!['guidance', 'actual', 'statement'].includes(mapping.basis)) fail(`${row.id}: unknown basis ${mapping.basis}`);
  if (row.currency !== measureRule.currency) fail(`${row.id}: currency "${row.currency}" does not fit metric ${mapping.metric}`);
  if (!measureRule.units.includes(row.unit)) fail(`${row.id}: unit "${row.unit}" does not fit metric ${mapping.metric}`);
  const scalePower = SCALE_POWERS[row.scale] ?? fail(`${row.id}: unknown scale "${row.scale}"`);
  if (typeof row.quote !== 'string' || row.quote.trim().length < 10) fail(`${row.id}: no quote`);
  if (typeof row.metric !== 'string' || row.metric.trim() === '') fail(`${row.id}: no metric wording`);
  if (mapping.note !== undefined && (mapping.note.length === 0 || mapping.note.length > NOTE_MAX)) {
    fail(`${row.id}: note must be 1..${NOTE_MAX} characters`);
  }
  const announced = deriveAnnounced(row);
  const record = {
    id: row.id,
    entity,
    metric: mapping.metric,
    basis: mapping.basis,
    description: row.metric,
    period: derivePeriod(row, mapping.period),
    value: deriveValue(row, scalePower + measureRule.unitPower),
    measure: measureRule.measure,
    announced,
    supersededBy: null,
    supersededOn: null,
    source: {
      url: row.source_url,
      title: deriveTitle(row, mapping.speaker),
      publisher: publisherOf(row),
      date: announced,
      quote: row.quote,
    },
  };
  if (mapping.note !== undefined) record.note = mapping.note;
  return record;
}

function linkSuccessors(records, rowsById) {
  const byId = new Map(records.map((record) => [record.id, record]));
  for (const record of records) {
    const successorId = rowsById.get(record.id).superseded_by;
    if (successorId === null || successorId === undefined || successorId === '') continue;
    if (!rowsById.has(successorId)) fail(`${record.id}: superseded_by ${successorId} is not in the fact sheet`);
    const successor = byId.get(successorId);
    if (successor === undefined) {
      console.warn(`note: ${record.id} is superseded by ${successorId}, which is not in the dataset; link dropped`);
      continue;
    }
    if (successor.entity !== record.entity || successor.metric !== record.metric) {
      fail(`${record.id}: successor ${successorId} has a different entity or metric`);
    }
    if (JSON.stringify(successor.period) !== JSON.stringify(record.period)) {
      fail(`${record.id}: successor ${successorId} has a different period`);
    }
    if (successor.announced < record.announced) fail(`${record.id}: successor ${successorId} was announced earlier`);
    record.supersededBy = successorId;
    record.supersededOn = successor.announced;
  }
}

function main() {
  const inputArg = process.argv[2];
  const input = inputArg === undefined ? DEFAULT_INPUT : resolve(process.cwd(), inputArg);
  const bytes = readFileSync(input);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const rows = JSON.parse(bytes.toString('utf8'));
  if (!Array.isArray(rows)) fail(`${input}: expected an array of records`);

  const rowsById = new Map();
  for (const row of rows) {
    if (typeof row?.id !== 'string') fail(`${input}: a record has no id`);
    if (rowsById.has(row.id)) fail(`${input}: duplicate id ${row.id}`);
    rowsById.set(row.id, row);
  }

  for (const id of Object.keys(MAPPING)) {
    if (id in LEFT_OUT) fail(`${id} is both mapped and left out`);
    const row = rowsById.get(id) ?? fail(`mapped id ${id} is missing from ${input}`);
    if (row.status !== 'VERIFIED') fail(`mapped id ${id} is not VERIFIED (status ${row.status})`);
  }
  for (const id of Object.keys(LEFT_OUT)) {
    if (!rowsById.has(id)) fail(`left-out id ${id} is missing from ${input}`);
  }
  for (const row of rows) {
    if (row.status === 'VERIFIED' && !(row.id in MAPPING) && !(row.id in LEFT_OUT)) {
      fail(`VERIFIED row ${row.id} is neither mapped nor listed as left out: decide and add it to the script`);
    }
  }

  // Records follow the fact sheet's order.
  const records = rows.filter((row) => row.id in MAPPING).map((row) => deriveRecord(row, MAPPING[row.id]));
  linkSuccessors(records, rowsById);

  const relativeInput = relative(REPO_ROOT, input).split(sep).join('/');
  const dataset = {
    schemaVersion: 1,
    derivedFrom: `${relativeInput} (sha256 ${sha256}); VERIFIED rows only; see data/reference/SOURCE.md`,
    records,
  };
  mkdirSync(dirname(OUTPUT), { recursive: true });
  writeFileSync(OUTPUT, `${JSON.stringify(dataset, null, 2)}\n`);

  const unverified = rows.filter((row) => row.status !== 'VERIFIED').map((row) => row.id);
  console.log(`read ${rows.length} rows from ${relativeInput} (sha256 ${sha256})`);
  console.log(`wrote ${records.length} records to ${relative(REPO_ROOT, OUTPUT).split(sep).join('/')}`);
  console.log(`left out ${Object.keys(LEFT_OUT).length} VERIFIED rows: ${Object.keys(LEFT_OUT).join(', ')}`);
  console.log(`left out ${unverified.length} UNVERIFIED rows: ${unverified.join(', ')}`);
}

try {
  main();
} catch (error) {
  console.error(`derive-reference: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
