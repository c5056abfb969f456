import type { FindingSpan } from '../types.js';

/** What a directive does: silence the next line, its own line, or everything until an enable. */
export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

/** A `<!-- capcheck-… -->` comment in Markdown or HTML. */
export interface Directive {
  readonly kind: DirectiveKind;
  /** The rules it names; empty means every rule. */
  readonly rules: readonly string[];
  /** Why the figure was reviewed and silenced ("-- reason"), if given. */
  readonly reason: string | null;
  /** The whole comment, where it is written. */
  readonly span: FindingSpan;
}

/** The head of a comment whose body starts with a capcheck directive, read at one `<!--`. */
const DIRECTIVE_HEAD = /<!--\s*capcheck-(disable-next-line|disable-line|disable|enable)(?![\w-])/y;
const COMMENT_START = '<!--';
const COMMENT_END = '-->';

/**
 * Every capcheck directive in a Markdown or HTML source, in order: each directive runs from its head to
 * the first "-->" after it. Linear time: when no "-->" follows a head, no later directive can close
 * either, so the search stops rather than rescan the rest of the source from every unclosed head.
 */
export function findDirectives(source: string): Directive[] {
  const directives: Directive[] = [];
  for (let start = source.indexOf(COMMENT_START); start >= 0; ) {
    DIRECTIVE_HEAD.lastIndex = start;
    const head = DIRECTIVE_HEAD.exec(source);
    if (head === null) {
      start = source.indexOf(COMMENT_START, start + 1);
      continue;
    }
    const close = source.indexOf(COMMENT_END, DIRECTIVE_HEAD.lastIndex);
    if (close < 0) break;
    const end = close + COMMENT_END.length;
    directives.push(directiveOf(head[1] as DirectiveKind, source.slice(DIRECTIVE_HEAD.lastIndex, close), { text: source.slice(start, end), start, end }));
    start = source.indexOf(COMMENT_START, end);
  }
  return directives;
}

function directiveOf(kind: DirectiveKind, body: string, span: FindingSpan): Directive {
  const separator = body.search(/\s--\s|\s--$/);
  const ruleText = separator < 0 ? body : body.slice(0, separator);
  const reason = separator < 0 ? null : body.slice(separator).replace(/^\s*--\s*/, '').trim() || null;
  return { kind, rules: ruleText.split(/[\s,]+/).filter((rule) => rule !== ''), reason, span };
}
