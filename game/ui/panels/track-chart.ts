// A track over time as an SVG line chart: the value at the end of each turn against the scenario's turn labels,
// its thresholds as dashed lines named where the data leaves room (explain/chart-labels.ts), and the turn's events
// (◆) and accepted deals (●) marked under the time axis.
// Used in play (a chart panel with a track picker) and, one per moved track, in the after-action report.
import type { PlayerView, Scenario, TrackId } from '../../rules/types';
import { TRACKS } from '../../rules/tracks';
import { h, svg, uid } from '../dom';
import { t } from '../messages';
import { listOf, thresholdName, trackName, turnLabel } from '../format/names';
import { seriesOf, timeMarkers } from '../explain/timeline';
import { placeThresholdLabels, type LabelSpot } from '../explain/chart-labels';

/** The threshold labels' font size, as styles-seeing.css sets it (.track-chart .threshold text). */
const LABEL_PX = 10.5;
/** The drawn radius of a value's point (r 3.5 and half its 2-unit stroke) and half the line's 2.5-unit stroke. */
const POINT_R = 4.5, LINE_HALF = 1.25;

let measure: CanvasRenderingContext2D | null | undefined;
/** A label's width in the page's own font, measured on a canvas (or a wide guess without one). */
function labelWidth(text: string): number {
  if (measure === undefined) {
    measure = document.createElement('canvas').getContext('2d');
    if (measure) measure.font = `${LABEL_PX}px ${getComputedStyle(document.body).fontFamily}`;
  }
  return measure ? measure.measureText(text).width : text.length * LABEL_PX * 0.62;
}

function thresholdLabel(spot: LabelSpot, text: string): SVGElement[] {
  const label = svg('text', { x: spot.x, y: spot.y, 'text-anchor': 'end' }, text);
  if (spot.row < 0) return [label];
  // Over the plot, away from its line: a piece of dashed line before it says which kind of line it names.
  const mid = spot.box.y + spot.box.h / 2;
  return [svg('line', { x1: spot.box.x - 22, x2: spot.box.x - 5, y1: mid, y2: mid, class: 'threshold-key' }), label];
}

const W = 520, H = 230, L = 40, R = 34, T = 14, B = 62;

/** Where a track's values and thresholds go in a chart of `turns` turns, and where its thresholds are named. `lift`:
 *  how far labels set over the plot reach above the chart's usual top (the picture grows upwards by that). */
export function chartLayout(track: TrackId, values: number[], turns: number, textWidth: (text: string) => number = labelWidth) {
  const { min, max, thresholds } = TRACKS[track];
  const x = (i: number) => L + (i * (W - L - R)) / Math.max(1, turns);
  const y = (v: number) => T + ((max - v) * (H - T - B)) / (max - min);
  const named = thresholds.map((th) => ({ y: y(th.at), dir: th.dir, text: `${th.at}: ${thresholdName(th.label)}` }));
  const geometry = {
    plot: { x: L, y: T, w: W - L - R, h: H - T - B }, line: values.map((v, i) => ({ x: x(i), y: y(v) })),
    pointR: POINT_R, lineHalf: LINE_HALF, fontPx: LABEL_PX, textWidth,
  };
  const spots = placeThresholdLabels(geometry, named);
  return { x, y, named, geometry, spots, lift: 2 - Math.min(2, ...spots.map((sp) => sp.box.y)) };
}

/** The events and deals marked under the time axis, in words for a screen reader (the chart shows them as marks);
 *  null when there are none. */
export function markersText(view: PlayerView, scenario: Scenario): string | null {
  const markers = timeMarkers(view.log, scenario);
  return markers.length ? t('chart.markers', { items: listOf(markers.map((m) => `${turnLabel(scenario, m.turn)}: ${m.label}`)) }) : null;
}

/** `sayMarkers`: the caption lists the time axis's marks in words; false where several charts share one axis and
 *  the list is said once for all of them (the after-action report). */
export function trackChart(view: PlayerView, scenario: Scenario, track: TrackId, sayMarkers = true): HTMLElement {
  const values = seriesOf(view, track);
  const { min, max } = TRACKS[track];
  const markers = timeMarkers(view.log, scenario);
  const said = sayMarkers ? markersText(view, scenario) : null;
  const { x, y, named, spots, lift } = chartLayout(track, values, scenario.turns);
  const ticks = max - min <= 10 ? Array.from({ length: max - min + 1 }, (_, i) => min + i).filter((v) => (max - min > 5 ? v % 2 === 0 : true)) : [min, Math.round((min + max) / 2), max];
  const captionId = uid('chart-caption');
  const labels = Array.from({ length: scenario.turns + 1 }, (_, i) => (i === 0 ? t('chart.start') : turnLabel(scenario, i)));
  // Long turn labels ("Jul–Dec 2013") would run into each other: every other one drops a line.
  const stagger = Math.max(...labels.map((l) => l.length)) * 6 > (W - L - R) / Math.max(1, scenario.turns);
  const markerRow = (kind: 'event' | 'deal', row: number) => markers.filter((m) => m.kind === kind).map((m, i, all) => {
    const same = all.filter((o, j) => o.turn === m.turn && j < i).length;
    const cx = x(m.turn) - 8 + same * 7, cy = H - B + (stagger ? 38 : 28) + row * 12;
    return kind === 'event'
      ? svg('path', { d: `M${cx},${cy - 5} L${cx + 5},${cy} L${cx},${cy + 5} L${cx - 5},${cy} z`, class: 'marker-event' }, svg('title', {}, `${turnLabel(scenario, m.turn)}: ${m.label}`))
      : svg('circle', { cx, cy, r: 4.5, class: 'marker-deal' }, svg('title', {}, `${turnLabel(scenario, m.turn)}: ${m.label}`));
  });
  const chart = svg('svg', { viewBox: `0 ${-lift} ${W} ${H + lift}`, class: 'track-chart', role: 'img', 'aria-labelledby': captionId },
    svg('rect', { x: L, y: T, width: W - L - R, height: H - T - B, class: 'plot' }),
    ...ticks.map((v) => svg('g', { class: 'tick' },
      svg('line', { x1: L, x2: W - R, y1: y(v), y2: y(v), class: 'grid' }),
      svg('text', { x: L - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'axis' }, String(v)))),
    ...named.map((th, i) => svg('g', { class: 'threshold' },
      svg('line', { x1: L, x2: W - R, y1: th.y, y2: th.y }),
      ...thresholdLabel(spots[i]!, th.text))),
    // The first and last labels are set inward, so that "Start" clears the value axis and the last stays in view.
    ...labels.map((label, i) => svg('text', { x: x(i), y: H - B + 14 + (stagger && i % 2 ? 11 : 0), 'text-anchor': i === 0 ? 'start' : i === labels.length - 1 ? 'end' : 'middle', class: 'axis' }, label)),
    svg('polyline', { points: values.map((v, i) => `${x(i)},${y(v)}`).join(' '), class: 'line' }),
    ...values.map((v, i) => svg('circle', { cx: x(i), cy: y(v), r: 3.5, class: 'point' }, svg('title', {}, `${i === 0 ? t('chart.start') : turnLabel(scenario, i)}: ${v}`))),
    ...markerRow('event', 0), ...markerRow('deal', 1));
  return h('figure', { class: 'track-figure', 'data-track': track },
    h('figcaption', { id: captionId }, h('strong', null, trackName(track)), ' ',
      h('span', { class: 'muted' }, t('chart.caption', { values: values.join(' → ') })),
      said ? h('span', { class: 'visually-hidden' }, ` ${said}`) : null),
    chart);
}

export function chartLegend(): HTMLElement {
  return h('ul', { class: 'chart-legend' },
    h('li', null, h('span', { class: 'key key-line', 'aria-hidden': 'true' }), t('chart.legend.value')),
    h('li', null, h('span', { class: 'key key-threshold', 'aria-hidden': 'true' }), t('chart.legend.threshold')),
    h('li', null, h('span', { class: 'key key-event', 'aria-hidden': 'true' }, '◆'), t('chart.legend.event')),
    h('li', null, h('span', { class: 'key key-deal', 'aria-hidden': 'true' }, '●'), t('chart.legend.deal')));
}

/** The chart panel of the turn screen: one track at a time, picked from those the scenario models. */
export function chartPanel(view: PlayerView, scenario: Scenario, first: TrackId = 'allianceCommitment'): HTMLElement {
  const ids = Object.keys(TRACKS).filter((id) => view.tracks[id as TrackId] !== undefined) as TrackId[];
  const selectId = uid('chart-track');
  const pick = h('select', { id: selectId },
    ids.map((id) => h('option', { value: id, selected: id === first }, trackName(id))));
  const slot = h('div', { class: 'chart-slot' });
  const render = () => slot.replaceChildren(trackChart(view, scenario, pick.value as TrackId));
  pick.addEventListener('change', render);
  render();
  return h('section', { class: 'panel chart-panel', 'aria-labelledby': 'chart-panel-title' },
    h('div', { class: 'panel-head' }, h('h2', { id: 'chart-panel-title' }, t('chart.title')),
      h('label', { for: selectId }, t('chart.pick'), ' ', pick)),
    slot, chartLegend());
}
