/**
 * A JSON Lines archive for the recipe tests, written for the project: short news items about capital
 * spending, some with figures that disagree with the official guidance, some in Markdown, ids both
 * strings and numbers. Deterministic: line i is always the same.
 */
const COMPANIES = ['Meta', 'Microsoft', 'Alphabet', 'Amazon', 'Oracle'] as const;
const OPENINGS = [
  'Shares moved little after the call.',
  'The board met on Tuesday to review the plan.',
  'Analysts had asked about data-centre leases for weeks.',
  'Suppliers of memory chips welcomed the news.',
  'The finance chief spoke for about twenty minutes.',
] as const;
const CLOSINGS = [
  'Most of the money goes to servers and buildings.',
  'Investors will hear more at the next quarterly update.',
  'The company gave no split between chips and power.',
  'Rivals are expected to follow with plans of their own.',
] as const;

/** One archive line as an object: `id`, `text`, `date`, and for every fifth item `format: "markdown"`. */
export function archiveItem(index: number): { id: string | number; text: string; date: string; format?: 'markdown' } {
  const company = COMPANIES[index % COMPANIES.length] ?? 'Meta';
  // Figures from 40 to 139 billion: most disagree with any official guidance, a few may agree.
  const billions = 40 + ((index * 37) % 100);
  const year = 2024 + (index % 3);
  const percent = 5 + ((index * 11) % 60);
  const sentences = [
    OPENINGS[index % OPENINGS.length],
    `${company} said capital expenditures would reach $${billions} billion in ${year}, up ${percent}% on the year before.`,
    index % 7 === 0 ? `That is about €${Math.round(billions * 0.9)} billion at current rates.` : '',
    CLOSINGS[index % CLOSINGS.length],
  ].filter((sentence) => sentence !== '');
  const markdown = index % 5 === 4;
  const text = markdown ? `## ${company} update\n\n**${sentences.join(' ')}**\n` : sentences.join(' ');
  const month = String(1 + (index % 12)).padStart(2, '0');
  const date = `${year === 2024 ? 2025 : year}-${month}-15`;
  return { id: index % 2 === 0 ? index : `item-${index}`, text, date, ...(markdown ? { format: 'markdown' as const } : {}) };
}

/** `count` archive lines, each ending in a newline. */
export function generateArchive(count: number): string {
  return Array.from({ length: count }, (_, index) => `${JSON.stringify(archiveItem(index))}\n`).join('');
}
