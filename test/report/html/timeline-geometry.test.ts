import { describe, expect, it } from 'vitest';
import { dayNumber, layoutTimeline, TIMELINE_WIDTH } from '../../../src/report/html/timeline-geometry.js';

const B = 1_000_000_000;

describe('layoutTimeline', () => {
  it('draws one record from its announcement to the right edge, with the article date after it', () => {
    const geometry = layoutTimeline([{ announced: '2025-01-29', low: 60 * B, high: 65 * B }], '2025-02-10', [[72 * B, 72 * B]]);
    const [step] = geometry.steps;
    expect(geometry.steps).toHaveLength(1);
    expect(step?.x2).toBe(geometry.plot.right);
    expect(step?.superseded).toBe(false);
    expect(step!.x1).toBeGreaterThanOrEqual(geometry.plot.left);
    expect(geometry.articleX).toBeGreaterThan(step!.x1);
    expect(geometry.articleX).toBeLessThan(geometry.plot.right);
    expect(step!.yTop).toBeLessThan(step!.yBottom);
    expect(geometry.figures[0]?.yTop).toBeLessThan(step!.yTop);
    expect(geometry.figures[0]?.offScale).toBeNull();
    expect(geometry.inForce).toBe(0);
  });

  it('lays a chain out as contiguous steps, earlier ones superseded, and finds the one in force on the article date', () => {
    const chain = [
      { announced: '2025-01-24', low: 60 * B, high: 65 * B },
      { announced: '2025-04-30', low: 64 * B, high: 72 * B },
      { announced: '2025-07-30', low: 66 * B, high: 72 * B },
      { announced: '2026-01', low: 72.22 * B, high: 72.22 * B },
    ];
    const geometry = layoutTimeline(chain, '2025-05-15', []);
    const { steps } = geometry;
    expect(steps.map((step) => step.superseded)).toEqual([true, true, true, false]);
    for (let index = 1; index < steps.length; index++) {
      expect(steps[index]?.x1).toBe(steps[index - 1]?.x2);
      expect(steps[index]!.x1).toBeGreaterThan(steps[index - 1]!.x1);
    }
    expect(geometry.inForce).toBe(1);
    expect(geometry.articleX).toBeGreaterThan(steps[1]!.x1);
    expect(geometry.articleX).toBeLessThan(steps[1]!.x2);
    // Higher values stand higher: the 2026 actual's top is above the first range's.
    expect(steps[3]!.yTop).toBeLessThan(steps[0]!.yTop);
    expect(geometry.xTicks.map((tick) => tick.label)).toContain('2026');
  });

  it('puts the article date before the first record when the article came first, with nothing in force', () => {
    const geometry = layoutTimeline([{ announced: '2025-06-01', low: 5, high: 5 }], '2025-01-01', []);
    expect(geometry.articleX).toBeLessThan(geometry.steps[0]!.x1);
    expect(geometry.inForce).toBeNull();
    expect(geometry.articleX).toBeGreaterThanOrEqual(geometry.plot.left);
  });

  it('draws a figure a thousand times too big at the top edge instead of flattening the records', () => {
    const geometry = layoutTimeline([{ announced: '2025-01-29', low: 60 * B, high: 65 * B }], '2025-02-10', [[65_000 * B, 65_000 * B], [60 * 1e6, 65 * 1e6]]);
    expect(geometry.figures.map((figure) => figure.offScale)).toEqual(['above', 'below']);
    expect(geometry.figures[0]?.yTop).toBe(geometry.plot.top);
    expect(geometry.figures[1]?.yBottom).toBe(geometry.plot.bottom);
    expect(geometry.steps[0]!.yBottom - geometry.steps[0]!.yTop).toBeGreaterThan(50);
  });

  it('stays inside the drawing and is the same on every run', () => {
    const steps = [{ announced: '2024-10-30', low: 38 * B, high: 40 * B }, { announced: '2025-01-29', low: 39.23 * B, high: 39.23 * B }];
    const first = layoutTimeline(steps, '2025-02-10', [[39 * B, 39 * B]]);
    expect(layoutTimeline(steps, '2025-02-10', [[39 * B, 39 * B]])).toEqual(first);
    for (const step of first.steps) expect(step.x2).toBeLessThanOrEqual(TIMELINE_WIDTH);
  });

  it.each([
    ['2025-01-01', 20089],
    ['2025-09', 20332],
  ])('counts days of %s', (date, day) => {
    expect(dayNumber(date)).toBe(day);
  });
});
