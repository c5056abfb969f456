/**
 * Where a guidance timeline's parts stand in its SVG: time runs left to right, value bottom to top.
 * Pure arithmetic on days and numbers, so it can be tested without drawing.
 */

/** One step of guidance: announced on `announced`, its value `low`–`high` (equal for a point). */
export interface StepInput {
  readonly announced: string;
  readonly low: number;
  readonly high: number;
}

export interface StepGeometry {
  /** From the step's announcement to the next step's (the last runs to the plot's right edge). */
  readonly x1: number;
  readonly x2: number;
  readonly yTop: number;
  readonly yBottom: number;
  /** A later step replaced it. */
  readonly superseded: boolean;
}

export interface FigureGeometry {
  readonly yTop: number;
  readonly yBottom: number;
  /** The figure lies far outside the records' values and is drawn at the plot's edge. */
  readonly offScale: 'above' | 'below' | null;
}

export interface TimelineGeometry {
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  readonly steps: readonly StepGeometry[];
  /** Where the article's date stands. */
  readonly articleX: number;
  readonly figures: readonly FigureGeometry[];
  /** Year (or, over a short span, quarter) starts inside the plot. */
  readonly xTicks: readonly { readonly x: number; readonly label: string }[];
  /** The lowest and highest record values. */
  readonly yTicks: readonly { readonly y: number; readonly value: number }[];
  /** The index of the step in force on the article's date (the last announced by then), or null before the first. */
  readonly inForce: number | null;
}

export const TIMELINE_WIDTH = 640;
export const TIMELINE_HEIGHT = 230;
const PLOT = { left: 96, right: TIMELINE_WIDTH - 16, top: 28, bottom: TIMELINE_HEIGHT - 34 } as const;
/** A figure more than this factor beyond the records' values is drawn at the edge, so a scale slip does not flatten the chart. */
const OFF_SCALE_FACTOR = 3;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Lays out steps (sorted by announcement), the article's date and its figures ([low, high] each). */
export function layoutTimeline(steps: readonly StepInput[], articleDate: string, figures: readonly (readonly [number, number])[]): TimelineGeometry {
  const stepDays = steps.map((step) => dayNumber(step.announced));
  const articleDay = dayNumber(articleDate);
  const firstDay = Math.min(articleDay, ...stepDays);
  const lastDay = Math.max(articleDay, ...stepDays);
  const padDays = Math.max(lastDay - firstDay, 60) * 0.08;
  const [dayLow, dayHigh] = [firstDay - padDays, lastDay + padDays];
  const x = (day: number): number => round(PLOT.left + ((day - dayLow) / (dayHigh - dayLow)) * (PLOT.right - PLOT.left));

  const lows = steps.map((step) => step.low);
  const highs = steps.map((step) => step.high);
  const recordLow = lows.length === 0 ? 0 : Math.min(...lows);
  const recordHigh = highs.length === 0 ? 1 : Math.max(...highs);
  const onScale = figures.filter(([low, high]) => low >= recordLow / OFF_SCALE_FACTOR && high <= recordHigh * OFF_SCALE_FACTOR);
  const valueLow = Math.min(recordLow, ...onScale.map(([low]) => low));
  const valueHigh = Math.max(recordHigh, ...onScale.map(([, high]) => high));
  const padValue = valueHigh === valueLow ? Math.abs(valueHigh) * 0.1 || 1 : (valueHigh - valueLow) * 0.12;
  const [domainLow, domainHigh] = [valueLow - padValue, valueHigh + padValue];
  const y = (value: number): number => round(PLOT.bottom - ((clamp(value, domainLow, domainHigh) - domainLow) / (domainHigh - domainLow)) * (PLOT.bottom - PLOT.top));

  const last = steps.length - 1;
  const inForceIndex = stepDays.reduce<number | null>((found, day, index) => (day <= articleDay ? index : found), null);
  return {
    width: TIMELINE_WIDTH,
    height: TIMELINE_HEIGHT,
    plot: PLOT,
    steps: steps.map((step, index) => ({
      x1: x(stepDays[index] ?? 0),
      x2: index < last ? x(stepDays[index + 1] ?? 0) : PLOT.right,
      yTop: y(step.high),
      yBottom: y(step.low),
      superseded: index < last,
    })),
    articleX: x(articleDay),
    figures: figures.map(([low, high]) => ({
      yTop: y(high),
      yBottom: y(low),
      offScale: high > recordHigh * OFF_SCALE_FACTOR ? 'above' : low < recordLow / OFF_SCALE_FACTOR ? 'below' : null,
    })),
    xTicks: timeTicks(dayLow, dayHigh).map((tick) => ({ x: x(tick.day), label: tick.label })),
    yTicks: [...new Set([recordLow, recordHigh])].map((value) => ({ y: y(value), value })),
    inForce: inForceIndex,
  };
}

/** Days since 1970-01-01 of `YYYY-MM-DD`, or of the first of the month for `YYYY-MM`. */
export function dayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) / 86_400_000;
}

/** The first day of each year in the span, or of each quarter when the span is shorter than about 14 months. */
function timeTicks(dayLow: number, dayHigh: number): { day: number; label: string }[] {
  const firstYear = new Date(dayLow * 86_400_000).getUTCFullYear();
  const lastYear = new Date(dayHigh * 86_400_000).getUTCFullYear();
  const months = dayHigh - dayLow < 430 ? [0, 3, 6, 9] : [0];
  const ticks: { day: number; label: string }[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    for (const month of months) {
      const day = Date.UTC(year, month, 1) / 86_400_000;
      if (day >= dayLow && day <= dayHigh) ticks.push({ day, label: month === 0 ? String(year) : `${MONTHS[month] ?? ''} ${year}` });
    }
  }
  return ticks;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/** One decimal place: enough for a 640-unit drawing, and the same bytes on every run. */
function round(value: number): number {
  return Math.round(value * 10) / 10;
}
