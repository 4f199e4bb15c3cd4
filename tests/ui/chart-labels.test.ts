// Track charts name their thresholds where the data leaves room: never over the data line or its points, another
// threshold's line or another label, whatever the values (fast-check over every track with a threshold); in a row
// over the plot only when the line leaves no room beside the threshold. (The names used to sit at the right end of
// their line, over the plotted line wherever the game ended near a threshold: "2: crisis" on tension at 2.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Box, LabelSpot, Point } from '../../game/ui/explain/chart-labels';
import { chartLayout } from '../../game/ui/panels/track-chart';
import { TRACKS } from '../../game/rules/tracks';
import type { TrackId } from '../../game/rules/types';

/** DejaVu Sans, the widest of the page's fonts, is about 0.6 em a character: the test's guess is wider still. */
const width = (text: string) => text.length * 10.5 * 0.64;
const withThresholds = (Object.keys(TRACKS) as TrackId[]).filter((id) => TRACKS[id].thresholds.length > 0);

/** How far a point is from a box (0 inside it). */
const distance = (p: Point, b: Box) => Math.hypot(Math.max(b.x - p.x, 0, p.x - b.x - b.w), Math.max(b.y - p.y, 0, p.y - b.y - b.h));

/** Whether the drawn line (its points every 1/100 of a segment, its stroke's half width around them) touches the box. */
const lineTouches = (line: Point[], half: number, b: Box) => line.some((p, i) => i > 0 && Array.from({ length: 101 }, (_, k) => k / 100)
  .some((t) => distance({ x: line[i - 1]!.x + t * (p.x - line[i - 1]!.x), y: line[i - 1]!.y + t * (p.y - line[i - 1]!.y) }, b) < half));

const apart = (a: Box, b: Box) => a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;

/** Everything wrong with a chart's labels, in words (empty when they are all clear). Checked on its own terms, not
 *  with the placing code's own test of room. */
function problems(track: TrackId, values: number[], turns: number): string[] {
  const { geometry, named, spots } = chartLayout(track, values, turns, width);
  const { plot } = geometry;
  return spots.flatMap((spot, i): string[] => {
    const name = `"${named[i]!.text}"`;
    const others: LabelSpot[] = spots.filter((_, j) => j !== i);
    if (spot.row >= 0) {
      // Over the plot: above it and above any point at the top, and apart from the other rows.
      const clear = spot.box.y + spot.box.h <= plot.y - geometry.pointR && others.every((o) => o.box.y + o.box.h <= spot.box.y || o.box.y >= spot.box.y + spot.box.h);
      return clear ? [] : [`${name} over the plot runs into it or another row`];
    }
    const inPlot = spot.box.x >= plot.x && spot.box.x + spot.box.w <= plot.x + plot.w && spot.box.y >= plot.y && spot.box.y + spot.box.h <= plot.y + plot.h;
    const otherLines = named.filter((_, j) => j !== i).map((n) => n.y);
    return [
      ...(inPlot ? [] : [`${name} leaves the plot`]),
      ...(lineTouches(geometry.line, geometry.lineHalf, spot.box) ? [`${name} is on the data line`] : []),
      ...(geometry.line.some((p) => distance(p, spot.box) < geometry.pointR) ? [`${name} is on a point of the data`] : []),
      ...(otherLines.some((y) => y >= spot.box.y && y <= spot.box.y + spot.box.h) ? [`${name} is on another threshold's line`] : []),
      ...(others.every((o) => apart(o.box, spot.box)) ? [] : [`${name} runs into another label`]),
      ...(Math.abs((spot.box.y + spot.box.h / 2) - named[i]!.y) < 16 ? [] : [`${name} is not beside its line`]),
    ];
  });
}

describe('threshold labels of a track chart', () => {
  it('keep off the line where a game ended on a threshold: tension at 2 beside "2: crisis" (seed 7, bots)', () => {
    const values = [1, 1, 1, 0, 0, 2, 2];
    expect(problems('tension', values, 6)).toEqual([]);
    const layout = chartLayout('tension', values, 6, width);
    const { spots, geometry } = layout;
    const named = (i: number) => layout.named[i]!.y;
    const crisis = spots[0]!;
    expect(crisis.row).toBe(-1);
    // Where it used to be (right-aligned at the end of its line, its baseline 4 above it) it sat on the last point.
    const before = { ...crisis.box, x: geometry.plot.x + geometry.plot.w - 4 - crisis.box.w, y: named(0) - 4 - 8.2 };
    const onPoint = (b: Box) => geometry.line.some((p) => distance(p, b) < geometry.pointR);
    expect(onPoint(before)).toBe(true);
    expect(onPoint(crisis.box)).toBe(false);
  });

  it('never meet the data line, its points, another threshold or each other, for any values of any track', () => {
    fc.assert(fc.property(
      fc.constantFrom(...withThresholds), fc.integer({ min: 1, max: 12 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 13 }),
      (track, turns, fractions) => {
        const { min, max } = TRACKS[track];
        const values = fractions.slice(0, turns + 1).map((f) => Math.round(min + f * (max - min)));
        expect(problems(track, values, turns)).toEqual([]);
      }), { numRuns: 1500 });
  });

  it('go over the plot only when the line leaves no room beside the threshold, and then the chart grows to hold them', () => {
    // Alliance commitment zig-zagging across both zones every turn of eight: no room left beside either line.
    const zigzag = [5, 8, 2, 8, 2, 8, 2, 8, 2];
    const { spots, lift } = chartLayout('allianceCommitment', zigzag, 8, width);
    expect(problems('allianceCommitment', zigzag, 8)).toEqual([]);
    // Both over the plot, in the order of their lines: 7 above 3.
    expect(spots.map((s) => s.row)).toEqual([1, 0]);
    expect(Math.min(...spots.map((s) => s.box.y))).toBeGreaterThanOrEqual(-lift);
    // A quiet game keeps both beside their lines, on the side of their zone, and the chart its usual size.
    const quiet = chartLayout('allianceCommitment', [5, 5, 6, 5, 5], 6, width);
    expect(quiet.spots.map((s) => s.row)).toEqual([-1, -1]);
    expect(quiet.lift).toBe(0);
    expect(quiet.spots[0]!.box.y + quiet.spots[0]!.box.h).toBeLessThanOrEqual(quiet.named[0]!.y);
    expect(quiet.spots[1]!.box.y).toBeGreaterThanOrEqual(quiet.named[1]!.y);
  });
});
