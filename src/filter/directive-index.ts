import { assertNever } from '../assert-never.js';
import type { Directive } from './find-directives.js';

/** Answers "which directive silences a finding of this rule here?" without visiting every directive. */
export interface DirectiveIndex {
  /** The first `disable-next-line`/`disable-line` directive silencing `rule` on 1-based `line`, or Infinity. */
  onLine(line: number, rule: string): number;
  /**
   * The first `disable` directive open at `offset` silencing `rule`, or Infinity. Calls must come
   * with offsets that never decrease: disables are opened and closed as the offset sweeps forward.
   */
  openAt(offset: number, rule: string): number;
}

/** A region a `disable` silences: from the end of its comment to the start of the enable that closes it. */
interface Region {
  readonly directive: number;
  readonly from: number;
  readonly to: number;
}

/** The first directive (by index) for each rule, and for every rule; the key `''` holds those naming none. */
type FirstByRule = Map<string, number>;

const EVERY_RULE = '';

/** Indexes `directives` (in source order) by the lines they silence and the regions they keep disabled. */
export function directiveIndex(directives: readonly Directive[], lineOf: (offset: number) => number): DirectiveIndex {
  const byLine = new Map<number, FirstByRule>();
  const note = (line: number, directive: Directive, at: number): void => {
    const first = byLine.get(line) ?? new Map<string, number>();
    byLine.set(line, first);
    for (const rule of keysOf(directive)) if (!first.has(rule)) first.set(rule, at);
  };
  directives.forEach((directive, at) => {
    switch (directive.kind) {
      case 'disable-next-line':
        note(lineOf(directive.span.end) + 1, directive, at);
        return;
      case 'disable-line':
        note(lineOf(directive.span.start), directive, at);
        note(lineOf(directive.span.end), directive, at);
        return;
      case 'disable':
      case 'enable':
        return;
      default:
        return assertNever(directive.kind);
    }
  });
  const regions = disabledRegions(directives);
  // Regions waiting to open (in source order), and the open ones per rule key, each list in directive order.
  let next = 0;
  const open = new Map<string, { readonly regions: Region[]; head: number }>();
  const firstOpen = (key: string, offset: number): number => {
    const list = open.get(key);
    if (list === undefined) return Infinity;
    // A region closed before `offset` stays closed for every later offset: pass it for good.
    while ((list.regions[list.head]?.to ?? Infinity) <= offset) list.head++;
    return list.regions[list.head]?.directive ?? Infinity;
  };
  return {
    onLine(line, rule) {
      const first = byLine.get(line);
      return first === undefined ? Infinity : Math.min(first.get(EVERY_RULE) ?? Infinity, first.get(rule) ?? Infinity);
    },
    openAt(offset, rule) {
      for (let region = regions[next]; region !== undefined && region.from <= offset; region = regions[++next]) {
        const directive = directives[region.directive];
        if (directive === undefined) continue;
        for (const key of keysOf(directive)) {
          const list = open.get(key) ?? { regions: [], head: 0 };
          open.set(key, list);
          list.regions.push(region);
        }
      }
      return Math.min(firstOpen(EVERY_RULE, offset), firstOpen(rule, offset));
    },
  };
}

/** The keys a directive is filed under: each rule it names once, or `''` when it names none. */
function keysOf(directive: Directive): readonly string[] {
  return directive.rules.length === 0 ? [EVERY_RULE] : [...new Set(directive.rules)];
}

/**
 * Each disable's region, in source order. An enable closes the disables before it that name the
 * same rules, or every one when it names none (see `sameRules`); unclosed, a region runs to the end.
 */
function disabledRegions(directives: readonly Directive[]): Region[] {
  const ends = new Map<number, number>();
  // Disables not yet closed, by the key of their rules; an enable with repeated rule names is checked one by one.
  const pending = new Map<string, number[]>();
  const pendingAll: number[] = [];
  directives.forEach((directive, at) => {
    if (directive.kind === 'disable') {
      const key = ruleSetKey(directive.rules);
      const same = pending.get(key) ?? [];
      pending.set(key, same);
      same.push(at);
      pendingAll.push(at);
      return;
    }
    if (directive.kind !== 'enable') return;
    const closes = (disable: number): boolean => {
      const other = directives[disable];
      return !ends.has(disable) && other !== undefined && other.span.end < directive.span.start && sameRules(directive, other);
    };
    const candidates = directive.rules.length === 0 || new Set(directive.rules).size !== directive.rules.length ? pendingAll : (pending.get(ruleSetKey(directive.rules)) ?? []);
    for (const disable of candidates) if (closes(disable)) ends.set(disable, directive.span.start);
    // Closed disables leave the list searched, so each is passed over once more at most.
    const left = candidates.filter((disable) => !ends.has(disable));
    candidates.length = 0;
    for (const disable of left) candidates.push(disable);
  });
  return directives.flatMap((directive, at) => (directive.kind === 'disable' ? [{ directive: at, from: directive.span.end, to: ends.get(at) ?? Infinity }] : []));
}

function ruleSetKey(rules: readonly string[]): string {
  return [...new Set(rules)].sort().join('\n');
}

/** An enable ends a disable when it names the same rules, or none (enabling everything). */
function sameRules(enable: Directive, disable: Directive): boolean {
  return enable.rules.length === 0 || (enable.rules.length === disable.rules.length && enable.rules.every((rule) => disable.rules.includes(rule)));
}
