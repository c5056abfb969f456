/**
 * The examples of a docs/rules page, read the way the docs write them:
 *
 *   `article.md`, checked with `capcheck --date 2025-02-10 --format unix article.md`:
 *
 *   ```markdown            ← the input file's text
 *   ```
 *
 *   ```text                ← what the command prints on stdout, exactly
 *   ```
 */

/** One example: a file, the command run on it, and what it prints. */
export interface RuleDocExample {
  readonly file: string;
  /** The arguments after `capcheck`. */
  readonly args: readonly string[];
  readonly input: string;
  readonly expected: string;
  /** Where the expected text sits in the page (0-based offsets), so an update can rewrite it in place. */
  readonly expectedStart: number;
  readonly expectedEnd: number;
}

const HEADER = /^`([\w.-]+)`, checked with `capcheck ([^`]+)`:$/gm;
/** A fenced block: its info string, then its text up to the closing fence. */
const FENCE = /^```[\w-]*\n([\s\S]*?)^```$/gm;

/** Every example of a page, in order; a header not followed by two fenced blocks is an error, so a broken example cannot pass unseen. */
export function readRuleDocExamples(page: string, label: string): RuleDocExample[] {
  return [...page.matchAll(HEADER)].map((header) => {
    const [line, file = '', command = ''] = header;
    FENCE.lastIndex = header.index + line.length;
    const input = FENCE.exec(page);
    const output = FENCE.exec(page);
    if (input === null || output === null) throw new Error(`${label}: the example for ${file} needs an input block and an output block`);
    const expectedStart = output.index + output[0].indexOf('\n') + 1;
    return {
      file,
      args: command.split(' '),
      input: input[1] ?? '',
      expected: output[1] ?? '',
      expectedStart,
      expectedEnd: expectedStart + (output[1] ?? '').length,
    };
  });
}
