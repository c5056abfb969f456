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

/** Comments whose body starts with a capcheck directive; the body cannot contain "-->". */
const DIRECTIVE = /<!--\s*capcheck-(disable-next-line|disable-line|disable|enable)(?![\w-])([\s\S]*?)-->/g;

/** Every capcheck directive in a Markdown or HTML source, in order. */
export function findDirectives(source: string): Directive[] {
  const directives: Directive[] = [];
  for (const match of source.matchAll(DIRECTIVE)) {
    const [comment, kind, body = ''] = match;
    const separator = body.search(/\s--\s|\s--$/);
    const ruleText = separator < 0 ? body : body.slice(0, separator);
    const reason = separator < 0 ? null : body.slice(separator).replace(/^\s*--\s*/, '').trim() || null;
    directives.push({
      kind: kind as DirectiveKind,
      rules: ruleText.split(/[\s,]+/).filter((rule) => rule !== ''),
      reason,
      span: { text: comment, start: match.index, end: match.index + comment.length },
    });
  }
  return directives;
}
