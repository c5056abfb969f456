import type { Cue, EntityId, Figure, YearPeriod } from '../types.js';
import type { Mention } from './find-mentions.js';
import { lastIndexEndingBy, spanAt, type TextSegments, type TextSpan } from './segment-text.js';

/** What a table says about one of its figures: whose row, and what its column means. */
export type TableCell =
  /** An amount for a year: "2025 Capex (Guided)" in the row of "Meta". */
  | {
      readonly kind: 'amount';
      readonly entity: EntityId;
      readonly row: Cue;
      readonly period: YearPeriod;
      readonly header: Cue;
      readonly forecast: boolean;
      /** The header names no metric, only money ("2025 (Mrd. $)"): capital spending is read from the paragraph before the table. */
      readonly tentative: boolean;
    }
  /**
   * An amount for a year on a total row ("Combined", "Total"): `members` are the companies of the
   * rows above it, or null when one of those rows could not be read (its sum would miss a company).
   */
  | { readonly kind: 'total'; readonly members: readonly EntityId[] | null; readonly row: Cue; readonly period: YearPeriod; readonly header: Cue }
  /** A change from one year's column to the next ("YoY Change"): a growth claim on the row's later amount. */
  | { readonly kind: 'change'; readonly entity: EntityId | null; readonly row: Cue; readonly from: YearPeriod; readonly to: YearPeriod; readonly header: Cue }
  /** A share price move ("Stock Reaction"). */
  | { readonly kind: 'share-move'; readonly header: Cue }
  /** A change of another measure than capital spending ("Q1 Cloud Growth"). */
  | { readonly kind: 'other-change'; readonly header: Cue }
  /**
   * A percentage whose meaning the table does not give: its row's cells do not fit the header's
   * columns, or the header names no metric (what changed is unknown).
   */
  | { readonly kind: 'unplaced'; readonly row: Cue; readonly why: 'cells-misfit' | 'no-metric-header' };

/** A column of a table header, in order. */
type Column =
  | { readonly kind: 'year'; readonly year: number; readonly forecast: boolean; readonly cue: Cue }
  | { readonly kind: 'change'; readonly cue: Cue }
  | { readonly kind: 'share-move'; readonly cue: Cue }
  /** A change of something else than capital spending ("Q1 Cloud Growth"): its figures are placed, never read. */
  | { readonly kind: 'other-change'; readonly cue: Cue };

/** The words a header names its columns with, in the languages capcheck reads. */
const HEADER_WORDS =
  /(?<!\d)(20\d\d)(?!\d)(?:[^\d\n]{0,30}?(\((?:guided|guidance|forecast|plan|est\.?|e|outlook|prognose|prévision|previsto)\)|guided|guidance|forecast|outlook|\be\b))?|(yoy(?:\s+(?:change|growth|%))?|y\/y(?:\s+change)?|change|growth|increase|veränderung|wachstum|variation|évolution|crecimiento|variación|crescita|variazione|crescimento)|(stock(?:\s+(?:reaction|move|price|change))?|share(?:s|\s+price)?|reaction|aktie|action|acción|azioni|ações)/giu;
/** A header speaks of capital spending. */
const CAPEX_HEADER = /capex|cap-ex|capital (?:expenditures?|spending)|spending|investments?|investitionen|ausgaben|investissements?|inversi(?:ón|ones)|investimenti|investimentos?|設備投資|资本支出|資本支出|资本开支|설비투자|자본지출/iu;
/** The row of a total: "Combined", "Total", "Gesamt", "合計". */
const TOTAL_ROW = /^[\s|*_]*(?:combined|total|sum|gesamt|insgesamt|summe|total général|totale|合計|合计|합계)(?![\p{L}])/iu;

/**
 * Reads tables, in Markdown or flattened into lines ("Company2024 Capex2025 Capex (Guided)YoY Change"
 * then "Meta$38B$60–65B+60%"): a header line with no figures, naming years of capital spending and
 * change or share-price columns, then rows that open with a company (or a total) and hold one figure
 * per column. Money and percentage figures are matched to their columns in order; a row whose
 * figures do not fit the columns exactly is left alone. `declaredTables`: the tables the reader
 * found in the source's own markup (a Markdown table), whose rows the text parts with blank lines.
 */
export function readTableRows(
  text: string,
  segments: TextSegments,
  mentions: readonly Mention[],
  figures: readonly Figure[],
  declaredTables: readonly TextSpan[] = [],
): Map<Figure, TableCell> {
  const cells = new Map<Figure, TableCell>();
  const lines = segments.sentences;
  let figureIndex = 0;
  let header: Header | null = null;
  let headerParagraph: TextSpan | null = null;
  let table: TableRows = { members: [] };
  // Rows follow their header line by line: a line of prose in between ends the table.
  let tableEnd = -1;
  for (const line of lines) {
    const inLine: Figure[] = [];
    while (figureIndex < figures.length && (figures[figureIndex]?.start ?? Infinity) < line.end) {
      const figure = figures[figureIndex];
      if (figure !== undefined && figure.start >= line.start) inLine.push(figure);
      figureIndex++;
    }
    // A table the reader found (a Markdown table) is one paragraph, whatever blank lines part its rows in the text.
    const paragraph = spanAt(declaredTables, line.start) ?? spanAt(segments.paragraphs, line.start);
    if (paragraph !== headerParagraph || (header !== null && !/^[\s|:\-]*$/u.test(text.slice(tableEnd, line.start)))) header = null;
    if (inLine.length === 0) {
      const columns = readHeader(text, line, paragraphBefore(segments.paragraphs, paragraph ?? line));
      if (columns !== null) {
        header = columns;
        headerParagraph = paragraph;
        table = { members: [] };
        tableEnd = line.end;
      } else if (header !== null && /^[\s|:\-]*$/u.test(text.slice(line.start, line.end))) {
        tableEnd = line.end;
      } else if (header !== null && rowOpening(text, line, mentions) !== undefined) {
        // A row whose cells are all words ("Microsoft | Doubled | Azure steady"): the table goes on, its total unreadable.
        table = { members: null };
        tableEnd = line.end;
      }
      continue;
    }
    if (header === null) continue;
    const read = readRow(text, { line, table }, header, inLine, mentions, cells);
    if (read !== null) {
      table = read;
      tableEnd = line.end;
    }
  }
  return cells;
}

/** A header is a line of labels, not a sentence: short, with no full stop at its end. */
const MAX_HEADER_WORDS = 16;

/** A table's columns, and whether its metric is only read from the paragraph before it. */
interface Header {
  readonly columns: readonly Column[];
  readonly tentative: boolean;
}

/** A money unit in a header's parentheses: "(Mrd. $)", "($B)", "(億ドル)". */
const MONEY_UNIT = /[(（][^()（）]*(?:\$|€|£|¥|ドル|美元|달러|dollar|euro|円|元)[^()（）]*[)）]/iu;

function readHeader(text: string, line: TextSpan, before: TextSpan | null): Header | null {
  const words = text.slice(line.start, line.end);
  if (/[.!?。]\s*$/u.test(words) || words.trim().split(/\s+/u).length > MAX_HEADER_WORDS) return null;
  // "Unternehmen 2025 (Mrd. $) 2026 (Mrd. $)": a header of money columns that names no metric takes capital spending from the paragraph before it, tentatively.
  const tentative = !CAPEX_HEADER.test(words);
  if (tentative && !(MONEY_UNIT.test(words) && before !== null && CAPEX_HEADER.test(text.slice(before.start, before.end)))) return null;
  const columns: Column[] = [];
  let previousEnd = 0;
  for (const match of words.matchAll(HEADER_WORDS)) {
    const cue = { text: match[0], start: line.start + match.index, end: line.start + match.index + match[0].length };
    // "Q1 Cloud Growth": words of another measure before a change make it that measure's change.
    const ownWords = words.slice(previousEnd, match.index).replace(CAPEX_HEADER, '').replace(/[(（][^()（）]*[)）]/gu, '');
    previousEnd = match.index + match[0].length;
    if (match[1] !== undefined) columns.push({ kind: 'year', year: Number(match[1]), forecast: match[2] !== undefined, cue });
    else if (match[3] !== undefined) columns.push({ kind: /[\p{L}\d]/u.test(ownWords) ? 'other-change' : 'change', cue });
    else columns.push({ kind: 'share-move', cue });
  }
  return columns.some((column) => column.kind === 'year') ? { columns, tentative } : null;
}

/** The paragraph that ends before `span` starts. */
function paragraphBefore(paragraphs: readonly TextSpan[], span: TextSpan): TextSpan | null {
  return paragraphs[lastIndexEndingBy(paragraphs, span.start)] ?? null;
}

/** The companies of a table's rows read so far; null once a row could not be read. */
interface TableRows {
  readonly members: readonly EntityId[] | null;
}

/** Reads one row into `cells`; returns the table's rows with this one, or null when the line is no row. */
function readRow(
  text: string,
  { line, table }: { readonly line: TextSpan; readonly table: TableRows },
  { columns: header, tentative }: Header,
  inLine: readonly Figure[],
  mentions: readonly Mention[],
  cells: Map<Figure, TableCell>,
): TableRows | null {
  // A row opens with a company's name or a total's label.
  const opening = rowOpening(text, line, mentions);
  const totalRow = TOTAL_ROW.exec(text.slice(line.start, line.end));
  if (opening === undefined && totalRow === null) return null;
  const row: Cue = opening === undefined ? { text: (totalRow?.[0] ?? '').trim(), start: line.start, end: line.start + (totalRow?.[0].length ?? 0) } : { text: text.slice(opening.start, opening.end), start: opening.start, end: opening.end };
  // The row's figures after its name, by kind: amounts for the year columns, percentages for the others.
  const amounts = inLine.filter((figure) => figure.kind === 'money' && figure.start >= row.end);
  const percents = inLine.filter((figure) => figure.kind === 'percent' && figure.start >= row.end);
  const years = header.filter((column): column is Column & { kind: 'year' } => column.kind === 'year');
  const others = header.filter((column) => column.kind !== 'year');
  const entity = opening?.entity ?? null;
  // A row that does not fit its columns is still a row of the table: it is left alone, the table goes on, and its total is unreadable.
  if (amounts.length !== years.length || (opening !== undefined && entity === null)) return { members: null };
  amounts.forEach((figure, index) => {
    const column = years[index];
    if (column === undefined) return;
    const period = { kind: 'calendar-year', year: column.year } as const;
    // A tentative table's totals and changes are left alone: only its companies' own amounts are read.
    if (entity !== null) cells.set(figure, { kind: 'amount', entity, row, period, header: column.cue, forecast: column.forecast, tentative });
    else if (!tentative) cells.set(figure, { kind: 'total', members: table.members, row, period, header: column.cue });
  });
  const rows: TableRows = { members: entity === null || table.members === null ? table.members : [...new Set([...table.members, entity])] };
  const lastYear = years.at(-1);
  // Percentages only when there is one for each of the other columns: text cells ("Major increase") leave them
  // unplaced, and an unplaced percentage is never read as the sentence around it would be ("AWS +28%" is no capex growth).
  if (percents.length !== others.length || tentative) {
    for (const figure of percents) cells.set(figure, { kind: 'unplaced', row, why: tentative ? 'no-metric-header' : 'cells-misfit' });
    return rows;
  }
  percents.forEach((figure, index) => {
    const column = others[index];
    if (column === undefined || lastYear === undefined) return;
    if (column.kind === 'other-change') cells.set(figure, { kind: 'other-change', header: column.cue });
    else if (column.kind === 'share-move') cells.set(figure, { kind: 'share-move', header: column.cue });
    else {
      const from = years.at(-2)?.year ?? lastYear.year - 1;
      cells.set(figure, { kind: 'change', entity, row, from: { kind: 'calendar-year', year: from }, to: { kind: 'calendar-year', year: lastYear.year }, header: column.cue });
    }
  });
  return rows;
}

/** The company whose name opens a line, as a table row's first cell. */
function rowOpening(text: string, line: TextSpan, mentions: readonly Mention[]): Mention | undefined {
  return mentions.find((mention) => mention.start >= line.start && mention.start < line.end && /^[\s|*_\-•]*$/u.test(text.slice(line.start, mention.start)));
}
