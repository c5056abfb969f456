/**
 * Words right before a figure that present it as an earlier value, not the current claim: as an
 * earlier forecast ("after guiding to $175–185 billion", "previously $30 billion", "up from a
 * previous forecast of") or as an earlier value ("up from $115 billion", "compared with").
 */
const EARLIER =
  /\b(?:(?:up|down|raised|lifted|increased|cut|lowered|revised)\s+from|previously|previous|prior|earlier|initially|initial|originally|original|had\s+(?:guided|forecast|expected|planned|projected)(?:\s+(?:to|for))?|after\s+guiding\s+(?:to|for)|compared\s+(?:with|to)|versus|vs\.?)\s+(?:(?:a|an|the|its|their|of|range|guidance|forecast|outlook|estimate|plan|previous|prior|earlier|initial|original)\s+){0,4}$/i;
/** Words that say the earlier figure was a forecast, not a result. */
const FORECAST = /\b(?:previous(?:ly)?|prior|earlier|initial(?:ly)?|original(?:ly)?|guid(?:ed|ing|ance)|forecast|outlook|estimate|plan(?:ned)?|expected|projected|raised|lifted|revised|lowered|cut)\b/i;

/** How the text just before a figure presents it: as an earlier forecast, an earlier value, or not as earlier. */
export function isEarlierFigure(text: string, figureStart: number, clauseStart: number): 'forecast' | 'value' | null {
  const before = text.slice(Math.max(clauseStart, figureStart - 60), figureStart);
  const match = EARLIER.exec(before);
  if (match === null) return null;
  return FORECAST.test(match[0]) ? 'forecast' : 'value';
}
