/**
 * Words right before a figure that present it as an earlier value, not the current claim:
 * "up from $115–135 billion", "after guiding to $175–185 billion", "previously $30 billion".
 */
const EARLIER = /\b(?:(?:up|down|raised|lifted|increased|cut|lowered|revised)\s+from|previously|previous|prior|earlier|initially|initial|originally|original|had\s+(?:guided|forecast|expected|planned|projected)(?:\s+(?:to|for))?|after\s+guiding\s+(?:to|for)|compared\s+(?:with|to)|versus|vs\.?)\s+(?:(?:a|an|the|its|their|of|range|guidance|forecast|outlook|estimate|plan|previous|prior|earlier|initial|original)\s+){0,4}$/i;

/** Whether the text just before a figure presents it as an earlier value. */
export function isEarlierFigure(text: string, figureStart: number, clauseStart: number): boolean {
  return EARLIER.test(text.slice(Math.max(clauseStart, figureStart - 60), figureStart));
}
