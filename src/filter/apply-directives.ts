import { createLineIndex } from '../read/line-index.js';
import type { Finding } from '../types.js';
import { directiveIndex, type DirectiveIndex } from './directive-index.js';
import type { Directive } from './find-directives.js';

/** Findings left after the document's directives, and the directives that silenced nothing. */
export interface DirectiveOutcome {
  readonly findings: readonly Finding[];
  readonly unused: readonly Directive[];
}

/**
 * Drops the findings the directives silence: `disable-next-line` the line after the comment,
 * `disable-line` the comment's own line, `disable` … `enable` everything between (to the end of
 * the document without an enable). A directive naming rules silences only those rules. A finding
 * silenced by several directives is credited to the first written. Near-linear: findings are swept
 * in offset order against directives indexed by line and by rule, never against every directive.
 */
export function applyDirectives(source: string, findings: readonly Finding[], directives: readonly Directive[]): DirectiveOutcome {
  if (directives.length === 0) return { findings, unused: [] };
  const lines = createLineIndex(source);
  const index = directiveIndex(directives, (offset) => lines.toPosition(offset).line);
  const silencer = silencers(findings, index, (offset) => lines.toPosition(offset).line);
  const used = new Set<number>();
  const kept = findings.filter((_, at) => {
    const directive = silencer[at] ?? -1;
    if (directive < 0) return true;
    used.add(directive);
    return false;
  });
  // An enable is used when it closes a disable; it silences nothing itself.
  const unused = directives.filter((directive, at) => directive.kind !== 'enable' && !used.has(at));
  return { findings: kept, unused };
}

/** For each finding, the index of the first directive that silences it, or -1; findings visited by offset. */
function silencers(findings: readonly Finding[], index: DirectiveIndex, lineOf: (offset: number) => number): number[] {
  const starts = findings.map((finding) => finding.span.start);
  const rules = findings.map((finding) => finding.ruleId);
  const order = starts.map((_, at) => at).sort((a, b) => (starts[a] ?? 0) - (starts[b] ?? 0));
  const silencer = new Array<number>(findings.length).fill(-1);
  for (const at of order) {
    const offset = starts[at] ?? 0;
    const rule = rules[at] ?? '';
    silencer[at] = Math.min(index.onLine(lineOf(offset), rule), index.openAt(offset, rule));
  }
  return silencer.map((directive) => (directive === Infinity ? -1 : directive));
}
