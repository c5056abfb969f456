/**
 * Words right before a figure that present it as an earlier value, not the current claim: as an
 * earlier forecast ("after guiding to $175–185 billion", "previously $30 billion", "up from a
 * previous forecast of", "lift its 2026 capex range from") or as an earlier value ("up from $115
 * billion", "compared with").
 */
const EARLIER =
  /\b(?:(?:up|down|(?:rais|lift|increas|boost|hik|cut|lower|revis|trimm?|reduc|bump)[a-z]*(?:\s+(?!from\b)[\w'’-]+){0,5})\s+from|previously|previous|prior|earlier|initially|initial|originally|original|had\s+(?:guided|forecast|expected|planned|projected)(?:\s+(?:to|for))?|after\s+guiding\s+(?:to|for)|compared\s+(?:with|to)|versus|vs\.?)\s+(?:(?:a|an|the|its|their|of|range|guidance|forecast|outlook|estimate|plan|previous|prior|earlier|initial|original)\s+){0,4}$/i;
/** Words that say the earlier figure was a forecast, not a result. */
const FORECAST = /\b(?:previous(?:ly)?|prior|earlier|initial(?:ly)?|original(?:ly)?|guid(?:ed|ing|ance)|forecast|outlook|estimate|plan(?:ned)?|expected|projected|rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?|hik(?:e|es|ed|ing)|revis(?:e|es|ed|ing)|lower(?:s|ed|ing)?|cut(?:s|ting)?|trim(?:s|med|ming)?|range)\b/i;

/** Japanese, Chinese and Korean: "当初/従来/これまでの", "此前/原先/之前/从", "당초/기존/종전" before, "から/에서" (from) right after. */
const CJK_EARLIER_BEFORE = /(?:当初|従来|これまでの|前回|此前|原先|原本|之前|先前|从|從|당초|기존|종전|앞서)[^。！？\n]{0,12}$/u;
const CJK_FROM_AFTER = /^\s*[（(][^）)]*[）)]\s*(?:から|에서)|^\s*(?:から|에서)/u;

/** How the text just before a figure presents it: as an earlier forecast, an earlier value, or not as earlier. */
export function isEarlierFigure(text: string, figureStart: number, clauseStart: number, figureEnd = figureStart): 'forecast' | 'value' | null {
  if (CJK_EARLIER_BEFORE.test(text.slice(Math.max(clauseStart, figureStart - 20), figureStart)) || CJK_FROM_AFTER.test(text.slice(figureEnd, figureEnd + 24))) return 'forecast';
  const before = text.slice(Math.max(clauseStart, figureStart - 60), figureStart);
  const match = EARLIER.exec(before);
  if (match === null) return null;
  return FORECAST.test(match[0]) ? 'forecast' : 'value';
}
