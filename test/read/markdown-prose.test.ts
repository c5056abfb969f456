import { describe, expect, it } from 'vitest';
import { segmentText } from '../../src/attribute/segment-text.js';
import { prepareDocument } from '../../src/read/prepare-document.js';

const text = (source: string): string => prepareDocument('draft.md', source).text;

/**
 * A source and the prose expected of it, from one template: `⟦…⟧` is markup (blank in the prose,
 * line breaks kept), `↵` a line break read as a space, `{x}` a character x that becomes a line
 * break between two blocks. Everything else reads as itself.
 */
function layout(template: string): [source: string, prose: string] {
  let source = '';
  let prose = '';
  let blanking = false;
  for (let index = 0; index < template.length; index++) {
    const unit = template.charAt(index);
    if (unit === '⟦' || unit === '⟧') blanking = unit === '⟦';
    else if (unit === '↵') [source, prose] = [source + '\n', prose + ' '];
    else if (unit === '{') {
      [source, prose] = [source + template.charAt(index + 1), prose + '\n'];
      index += 2;
    } else [source, prose] = [source + unit, prose + (blanking && unit !== '\n' && unit !== '\r' ? ' ' : unit)];
  }
  return [source, prose];
}

describe('Markdown prose: markup blanked, prose at its source offsets', () => {
  it.each([
    ['strong', 'Meta: ⟦**⟧$67⟦**⟧ billion.'],
    ['emphasis', '⟦_⟧$60–65⟦_⟧ billion'],
    ['strikethrough', 'Cut ⟦~~⟧$70 billion⟦~~⟧ to $65 billion.'],
    ['link', '$67 ⟦[⟧billion⟦](https://x.y/2025 "the release")⟧ in 2025.'],
    ['link reference', 'See ⟦[⟧the plan⟦][plan]⟧ for $60 billion.\n\n⟦[plan]: https://x.y/2025⟧'],
    ['inline HTML', '$⟦<b>⟧67⟦</b>⟧ billion'],
    ['inline comment', 'Meta ⟦<!-- $77 billion -->⟧ and $60 billion.'],
    ['inline script', 'Meta ⟦<script>var x = "$9 billion";</script>⟧ plans $60 billion.'],
    ['inline code element', 'Meta ⟦<code>$9 billion</code>⟧ plans $60 billion.'],
    ['inline code', 'Meta ⟦`$88 billion`⟧ and $60 billion.'],
    ['backslash escape', 'Meta ⟦\\⟧*really⟦\\⟧* spends $60 billion.'],
    ['image', 'Chart ⟦![capex of $99 billion](c.png)⟧ shows $60 billion.'],
    ['footnote', 'Meta $60 billion⟦[^1]⟧.\n\n⟦[^1]: ⟧Its release.'],
    ['autolink', 'See ⟦<https://x.y/2025/65>⟧ for $60 billion.'],
    ['autolink literal', 'See ⟦www.x.y/2025/65⟧ for $60 billion.'],
    ['ATX heading', '⟦## ⟧Capex⟦ ##⟧\n\nMeta: $65 billion.'],
    ['setext heading', 'Capex\n⟦=====⟧\nMeta: $65 billion.'],
    ['wrapped setext heading', 'Meta’s↵plan\n⟦===⟧'],
    ['wrapped paragraph', 'Meta will spend↵$65 billion.'],
    ['hard break (spaces)', 'Meta will spend  ↵$65 billion.'],
    ['hard break (backslash)', 'Meta will spend⟦\\⟧↵$65 billion.'],
    ['list items', '⟦- ⟧Meta will↵  spend $65B.\n{-} Alphabet $75B.'],
    ['ordered list', '⟦1. ⟧Meta $65B.\n{2}⟦. ⟧Alphabet $75B.'],
    ['nested list', '⟦- ⟧Meta $65B.\n{ }⟦ - ⟧Alphabet $75B.'],
    ['list item after a tab', '⟦-\t⟧Meta↵\t$65B'],
    ['block quote', '⟦> ⟧Meta will spend↵⟦> ⟧$65 billion.\n⟦>⟧\n⟦> ⟧Next.'],
    ['lazy block quote line', '⟦> ⟧Meta will spend↵$65 billion.'],
    ['paragraph then heading', 'Meta.\n{#} Capex'],
    ['heading then paragraph on the next line (no room for a blank line)', '⟦# ⟧Capex\nMeta: $65 billion.'],
    ['thematic break', 'Meta.\n⟦***⟧\nAlphabet.'],
    ['table', '⟦| ⟧Company⟦ | ⟧Capex⟦ |\n| --- | --- |⟧\n⟦| ⟧Meta⟦ | ⟧$65B⟦ |⟧\n{|}⟦ ⟧Alphabet⟦ | ⟧$75B⟦ |⟧'],
    ['fenced code', 'Text.\n\n⟦```js⟧\n⟦const capex = "$99 billion";⟧\n⟦```⟧\nMeta: $60 billion.'],
    ['tilde fence', '⟦~~~⟧\n⟦$99 billion⟧\n⟦~~~⟧\nMeta.'],
    ['indented code', 'Text.\n\n⟦    $99 billion⟧\n\nMeta: $60 billion.'],
    ['HTML block', '⟦<div class="x">⟧\n⟦Meta $77 billion⟧\n⟦</div>⟧\n\nMeta: $60 billion.'],
    ['HTML comment block', '⟦<!-- Meta $77 billion -->⟧\nMeta: $60 billion.'],
    ['raw <pre> across blank lines', '⟦<pre>⟧\n⟦$99 billion⟧\n\n⟦still $98 billion⟧\n⟦</pre>⟧\nMeta: $60 billion.'],
    ['<style> block', '⟦<style>@import "a-$9B.css";</style>⟧\nMeta.'],
    ['YAML front matter', '⟦---⟧\n⟦date: 2025-01-25⟧\n⟦budget: $9 billion⟧\n⟦---⟧\nMeta: $60 billion.'],
    ['TOML front matter', '⟦+++⟧\n⟦date = 2025-01-25⟧\n⟦+++⟧\nMeta.'],
    ['multibyte text', '⟦**⟧Café 📈⟦**⟧ $65B'],
    ['byte-order mark', '⟦\uFEFF# ⟧Capex $65B'],
    ['CRLF list items', '⟦- ⟧a\r\n{-}⟦ ⟧b'],
  ])('%s', (_name, template) => {
    const [source, prose] = layout(template);
    expect(text(source)).toBe(prose);
  });

  it.each([
    ['$67&nbsp;billion', '$67      billion'],
    ['&#36;5 billion', '$    5 billion'],
    ['R&amp;D at &euro;5bn', 'R&    D at €     5bn'],
    ['[R&amp;D](https://x.y?a&amp;b)', ` R&    D${' '.repeat(22)}`],
    ['`&amp;` &copy 2025', '        &copy 2025'],
    ['Meta will spend\r\n$65 billion.', 'Meta will spend  $65 billion.'],
    ['- a\r- b', '  a\r\r b'],
  ])('%j → %j (references decoded in place, line breaks as written)', (source, prose) => {
    expect(text(source)).toBe(prose);
  });
});

describe('Markdown prose as the sentence splitter sees it', () => {
  const sentences = (source: string): string[] => {
    const prose = text(source);
    return segmentText(prose).sentences.map((span) => prose.slice(span.start, span.end).replace(/\s+/g, ' '));
  };
  const paragraphs = (source: string): string[] => {
    const prose = text(source);
    return segmentText(prose).paragraphs.map((span) => prose.slice(span.start, span.end).replace(/\s+/g, ' '));
  };

  it.each([
    ['Meta will spend\n$65 billion in 2025.', ['Meta will spend $65 billion in 2025.']],
    ['- Meta will spend\n  $65 billion in 2025.', ['Meta will spend $65 billion in 2025.']],
    ['> Meta will spend\n> $65 billion in 2025.', ['Meta will spend $65 billion in 2025.']],
    ['1. Meta will spend\n   **$65\n   billion** in 2025.', ['Meta will spend $65 billion in 2025.']],
  ])('a wrapped sentence %j is one sentence', (source, expected) => {
    expect(sentences(source)).toEqual(expected);
  });

  it.each([
    ['- Meta: $65B\n- Alphabet: $75B', ['Meta: $65B', 'Alphabet: $75B']],
    ['Meta plans $65B.\n# Alphabet\nIt plans $75B.', ['Meta plans $65B.', 'Alphabet It plans $75B.']],
    ['| Company | Capex |\n| --- | --- |\n| Meta | $65B |\n| Alphabet | $75B |', ['Company Capex', 'Meta $65B', 'Alphabet $75B']],
    ['> Meta: $65B\n>\n> Alphabet: $75B', ['Meta: $65B', 'Alphabet: $75B']],
    ['Meta: $65B\n\nAlphabet: $75B', ['Meta: $65B', 'Alphabet: $75B']],
  ])('blocks %j are separate paragraphs', (source, expected) => {
    expect(paragraphs(source)).toEqual(expected);
  });
});
