import { describe, expect, it } from 'vitest';
import { filterFindings } from '../../src/filter/filter-findings.js';
import { prepareDocument } from '../../src/read/prepare-document.js';
import type { FileReport, Finding } from '../../src/types.js';

/** A report on a Markdown draft with one overstated finding on its `$95 billion`. */
function reportOn(source: string): FileReport {
  const start = source.indexOf('$95 billion');
  const finding: Finding = {
    ruleId: 'overstated',
    verdict: 'overstated',
    severity: 'error',
    span: { text: '$95 billion', start, end: start + '$95 billion'.length },
    claim: null,
    reference: null,
    message: 'overstated',
    related: [],
  };
  return { document: prepareDocument('draft.md', source), date: '2025-02-10', dateSource: 'option', findings: [finding] };
}

const silenced = (source: string): boolean =>
  filterFindings(reportOn(source), { rules: {}, reportUnusedDisableDirectives: false }).findings.length === 0;

describe('capcheck-disable directives in Markdown stand only in raw HTML', () => {
  it.each([
    ['a comment line', '<!-- capcheck-disable-next-line -->\nMeta: $95 billion.'],
    ['an inline comment', 'Meta: $95 billion. <!-- capcheck-disable-line overstated -->'],
    ['a comment inside an HTML block', '<div>\n<!-- capcheck-disable -->\n</div>\n\nMeta: $95 billion.'],
    ['a comment in a list item', '- Meta: $95 billion. <!-- capcheck-disable-line -->'],
  ])('obeys %s', (_name, source) => {
    expect(silenced(source)).toBe(true);
  });

  it.each([
    ['fenced code', '```html\n<!-- capcheck-disable -->\n```\n\nMeta: $95 billion.'],
    ['indented code', 'Example:\n\n    <!-- capcheck-disable -->\n\nMeta: $95 billion.'],
    ['inline code', 'Write `<!-- capcheck-disable -->` first.\n\nMeta: $95 billion.'],
    ['an escaped comment', '\\<!-- capcheck-disable -->\n\nMeta: $95 billion.'],
    ['front matter', '---\nnote: "<!-- capcheck-disable -->"\n---\nMeta: $95 billion.'],
  ])('ignores one shown in %s', (_name, source) => {
    expect(silenced(source)).toBe(false);
  });
});
