import { describe, expect, it } from 'vitest';
import { escapeCommandData, escapeCommandProperty, workflowCommand } from '../../src/report/workflow-command.js';

describe('GitHub workflow command escaping', () => {
  it.each([
    ['100%', '100%25'],
    ['a\nb', 'a%0Ab'],
    ['a\r\nb', 'a%0D%0Ab'],
    ['%0A', '%250A'],
    ['a: b, c', 'a: b, c'],
    ['::error::', '::error::'],
  ])('data %j → %j', (text, escaped) => {
    expect(escapeCommandData(text)).toBe(escaped);
  });

  it.each([
    ['a: b, c', 'a%3A b%2C c'],
    ['drafts/q1,q2:final.md', 'drafts/q1%2Cq2%3Afinal.md'],
    ['50%\n', '50%25%0A'],
    ['%3A', '%253A'],
  ])('property %j → %j', (text, escaped) => {
    expect(escapeCommandProperty(text)).toBe(escaped);
  });

  it('builds a command with and without properties', () => {
    expect(workflowCommand('notice', [], 'a\nb')).toBe('::notice::a%0Ab');
    expect(workflowCommand('error', [['file', 'x,y.md'], ['line', 3]], 'm')).toBe('::error file=x%2Cy.md,line=3::m');
  });
});
