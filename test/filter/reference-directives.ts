// The directive logic as first written (one regex; every directive tried for every finding): the plain reading the indexed one must equal.
import { assertNever } from '../../src/assert-never.js';
import { createLineIndex } from '../../src/read/line-index.js';
import type { Finding } from '../../src/types.js';
import type { Directive } from '../../src/filter/find-directives.js';

/** Findings left after the document's directives, and the directives that silenced nothing. */
export interface DirectiveOutcome {
  readonly findings: readonly Finding[];
  readonly unused: readonly Directive[];
}

/**
 * Drops the findings the directives silence: `disable-next-line` the line after the comment,
 * `disable-line` the comment's own line, `disable` … `enable` everything between (to the end of
 * the document without an enable). A directive naming rules silences only those rules.
 */
export function referenceApplyDirectives(source: string, findings: readonly Finding[], directives: readonly Directive[]): DirectiveOutcome {
  const lines = createLineIndex(source);
  const lineOf = (offset: number) => lines.toPosition(offset).line;
  const used = new Set<Directive>();
  const silencing = (finding: Finding): Directive | undefined =>
    directives.find((directive) => matchesRule(directive, finding) && covers(directive, finding, directives, lineOf));
  const kept = findings.filter((finding) => {
    const directive = silencing(finding);
    if (directive === undefined) return true;
    used.add(directive);
    return false;
  });
  // An enable is used when it closes a disable; it silences nothing itself.
  const unused = directives.filter((directive) => directive.kind !== 'enable' && !used.has(directive));
  return { findings: kept, unused };
}

function matchesRule(directive: Directive, finding: Finding): boolean {
  return directive.rules.length === 0 || directive.rules.includes(finding.ruleId);
}

function covers(directive: Directive, finding: Finding, all: readonly Directive[], lineOf: (offset: number) => number): boolean {
  const findingLine = lineOf(finding.span.start);
  switch (directive.kind) {
    case 'disable-next-line':
      return findingLine === lineOf(directive.span.end) + 1;
    case 'disable-line':
      return findingLine === lineOf(directive.span.start) || findingLine === lineOf(directive.span.end);
    case 'disable': {
      if (finding.span.start < directive.span.end) return false;
      const enable = all.find((other) => other.kind === 'enable' && other.span.start > directive.span.end && sameRules(other, directive));
      return enable === undefined || finding.span.start < enable.span.start;
    }
    case 'enable':
      return false;
    default:
      return assertNever(directive.kind);
  }
}

/** An enable ends a disable when it names the same rules, or none (enabling everything). */
function sameRules(enable: Directive, disable: Directive): boolean {
  return enable.rules.length === 0 || (enable.rules.length === disable.rules.length && enable.rules.every((rule) => disable.rules.includes(rule)));
}

const REFERENCE_DIRECTIVE = /<!--\s*capcheck-(disable-next-line|disable-line|disable|enable)(?![\w-])([\s\S]*?)-->/g;

/** The directives one regex finds. */
export function referenceFindDirectives(source: string): Directive[] {
  const directives: Directive[] = [];
  for (const match of source.matchAll(REFERENCE_DIRECTIVE)) {
    const [comment, kind, body = ''] = match;
    const separator = body.search(/\s--\s|\s--$/);
    const ruleText = separator < 0 ? body : body.slice(0, separator);
    const reason = separator < 0 ? null : body.slice(separator).replace(/^\s*--\s*/, '').trim() || null;
    directives.push({
      kind: kind as Directive['kind'],
      rules: ruleText.split(/[\s,]+/).filter((rule) => rule !== ''),
      reason,
      span: { text: comment, start: match.index, end: match.index + comment.length },
    });
  }
  return directives;
}
