// The entrapment dial over the whole game (GAME-DESIGN §2.4: "the after-action report plots it"): alliance
// commitment at the end of each turn, drawn over the abandonment and entrapment zones.
import type { PlayerView, Scenario } from '../../rules';
import { TRACKS } from '../../rules/tracks';
import { h } from '../dom';
import { t } from '../messages';
import { turnLabel } from '../format/names';

const NS = 'http://www.w3.org/2000/svg';
function svg(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

export function commitmentChart(view: PlayerView, scenario: Scenario): HTMLElement | null {
  const values = view.trackHistory.map((tr) => tr.allianceCommitment);
  if (values.some((v) => v === undefined) || values.length < 2) return null;
  const { min, max, thresholds } = TRACKS.allianceCommitment;
  const abandonAt = thresholds.find((th) => th.dir === 'down')?.at ?? min;
  const entrapAt = thresholds.find((th) => th.dir === 'up')?.at ?? max;
  const W = 480, H = 180, L = 34, R = 28, T = 10, B = 28;
  const x = (i: number) => L + (i * (W - L - R)) / (values.length - 1);
  const y = (v: number) => T + ((max - v) * (H - T - B)) / (max - min);
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'commitment-chart', role: 'img', 'aria-labelledby': 'commitment-chart-title' });
  chart.append(
    svg('rect', { x: L, y: y(max), width: W - L - R, height: y(entrapAt - 0.5) - y(max), class: 'zone-entrap' }),
    svg('rect', { x: L, y: y(abandonAt + 0.5), width: W - L - R, height: y(min) - y(abandonAt + 0.5), class: 'zone-abandon' }),
    svg('text', { x: L + 4, y: y(max) + 12, class: 'zone-label' }, t('dial.entrapment', { at: entrapAt })),
    svg('text', { x: L + 4, y: y(min) - 4, class: 'zone-label' }, t('dial.abandonment', { at: abandonAt })),
    ...[min, abandonAt, entrapAt, max].map((v) => svg('text', { x: L - 6, y: y(v) + 4, class: 'axis', 'text-anchor': 'end' }, String(v))),
    ...values.map((_, i) => svg('text', { x: x(i), y: H - 8, class: 'axis', 'text-anchor': 'middle' }, i === 0 ? t('result.start') : turnLabel(scenario, i))),
    svg('polyline', { points: values.map((v, i) => `${x(i)},${y(v!)}`).join(' '), class: 'line' }),
    ...values.map((v, i) => svg('circle', { cx: x(i), cy: y(v!), r: 4, class: 'point' })),
  );
  return h('figure', { class: 'panel chart-figure' },
    h('figcaption', { id: 'commitment-chart-title' }, t('result.chart', { values: values.join(' → ') })),
    chart);
}
