// The what-if panel: personas and difficulty per faction, the number of games and ONE changed parameter (NATO's
// posture, a starting track, a deal accepted whenever offered); a progress bar with Cancel while the workers play;
// then the end states, win rates and the entrapment dial's average path, the changed batch beside the baseline.
import type { BatchSummary, Change } from '../../app/whatif/batch';
import { MAX_GAMES, type WhatIfRequest, type WhatIfResult } from '../../app/whatif/request';
import { DEFAULT_BOT, DIFFICULTIES, PERSONA_IDS, type BotSeat, type Seats } from '../../app/bots/seats';
import type { SendIntent } from '../../app/intents';
import type { WhatIfPanel } from '../../store/store';
import { compareShares, widestMargin } from '../../app/whatif/chance';
import type { Faction, Scenario, TrackId } from '../../rules/types';
import { FACTIONS } from '../../rules/types';
import { TRACKS } from '../../rules/tracks';
import { h, svg } from '../dom';
import { t } from '../messages';
import { botName, dealTitle, endStateTitle, factionName, quoted, trackName, trackValue } from '../format/names';
import { whatIfProgress } from './whatif-progress';

/** A value to offer first for a track, other than the one it has where the batches start (a "change" to the same
 *  value would play the baseline twice): NATO's posture at its highest, the question the panel is for (what usually
 *  happens if NATO entrenches?); any other track a fifth of its scale up, or down when that would leave the scale. */
function otherValue(track: TrackId, now: number): number {
  const { min, max } = TRACKS[track];
  if (track === 'posture' && now !== max) return max;
  const step = Math.max(1, Math.round((max - min) / 5));
  return now + step <= max ? now + step : Math.max(min, now - step);
}

/**
 * The form before anything was asked: the bots of the game branched from (the default bot in a person's seat, and
 * everywhere from the menu), and NATO's posture changed where the scenario has one.
 */
function firstRequest(scenario: Scenario, seats: Seats | null, now: StartTracks): WhatIfRequest {
  const botIn = (f: Faction): BotSeat => { const seat = seats?.[f]; return seat?.kind === 'bot' ? seat : DEFAULT_BOT; };
  return {
    games: 200,
    seats: Object.fromEntries(FACTIONS.map((f) => [f, { persona: botIn(f).persona, difficulty: botIn(f).difficulty }])) as WhatIfRequest['seats'],
    change: scenario.tracks.posture ? { kind: 'track', track: 'posture', value: otherValue('posture', now.posture ?? TRACKS.posture.min) } : null,
  };
}

type ChangeKind = 'none' | 'posture' | 'track' | 'deal';
type StartTracks = WhatIfPanel['startTracks'];
const kindOf = (c: Change | null, scenario: Scenario): ChangeKind =>
  !c ? 'none' : c.kind === 'deal' ? 'deal' : c.track === 'posture' && scenario.tracks.posture ? 'posture' : 'track';

const field = (id: string, label: string, control: HTMLElement) => h('div', { class: 'whatif-field' }, h('label', { for: id }, label), control);
const options = (values: readonly string[], selected: string, text: (v: string) => string) =>
  values.map((v) => h('option', { value: v, selected: v === selected }, text(v)));
const range = (track: TrackId) => Array.from({ length: TRACKS[track].max - TRACKS[track].min + 1 }, (_, i) => String(TRACKS[track].min + i));
/** A track's values to pick from, the one it has where the batches start marked as such. */
const valueOptions = (track: TrackId, selected: number, now: number | undefined) =>
  options(range(track), String(selected), (v) => (Number(v) === now ? t('whatif.asNow', { value: trackValue(track, now) }) : trackValue(track, Number(v))));

/** The form; `read` turns its fields into a request, `problem` says why it cannot run as it stands (or null). */
function requestForm(scenario: Scenario, shown: WhatIfRequest, disabled: boolean, now: StartTracks) {
  const seatSelects = FACTIONS.map((f) => {
    const persona = h('select', { id: `whatif-${f}-persona`, disabled }, options(PERSONA_IDS, shown.seats[f].persona, (v) => t(`persona.${v as 'historical'}`)));
    const difficulty = h('select', { id: `whatif-${f}-difficulty`, disabled }, options(DIFFICULTIES, shown.seats[f].difficulty, (v) => t(`difficulty.${v as 'easy'}`)));
    return { f, persona, difficulty };
  });
  const games = h('input', { id: 'whatif-games', type: 'number', min: 1, max: MAX_GAMES, step: 1, required: true, value: shown.games, disabled });
  const tracks = (Object.keys(scenario.tracks) as TrackId[]).filter((id) => id !== 'posture');
  const kinds: ChangeKind[] = ['none', ...(scenario.tracks.posture ? ['posture' as const] : []), 'track', ...(scenario.deals.length ? ['deal' as const] : [])];
  const change = shown.change;
  const kind = h('select', { id: 'whatif-change', disabled }, options(kinds, kindOf(change, scenario), (v) => t(`whatif.change.${v as ChangeKind}`)));
  const track = h('select', { id: 'whatif-track', disabled }, options(tracks, change?.kind === 'track' ? change.track : tracks[0] ?? '', (v) => trackName(v as TrackId)));
  const value = h('select', { id: 'whatif-value', disabled });
  const posture = h('select', { id: 'whatif-posture', disabled },
    valueOptions('posture', change?.kind === 'track' && change.track === 'posture' ? change.value : otherValue('posture', now.posture ?? TRACKS.posture.min), now.posture));
  const deal = h('select', { id: 'whatif-deal', disabled }, options(scenario.deals.map((d) => d.id), change?.kind === 'deal' ? change.deal : '', (v) => `${dealTitle(scenario, v)} (${factionName(scenario.deals.find((d) => d.id === v)!.from)} → ${factionName(scenario.deals.find((d) => d.id === v)!.to)})`));
  const fillValues = (keep?: number) => {
    const id = track.value as TrackId;
    if (!id) return;
    value.replaceChildren(...valueOptions(id, keep ?? otherValue(id, now[id] ?? TRACKS[id].min), now[id]));
  };
  fillValues(change?.kind === 'track' && change.track !== 'posture' ? change.value : undefined);
  track.addEventListener('change', () => fillValues());
  const parts = {
    posture: field('whatif-posture', t('whatif.value'), posture),
    track: h('div', { class: 'whatif-inline' }, field('whatif-track', t('whatif.track'), track), field('whatif-value', t('whatif.value'), value)),
    deal: field('whatif-deal', t('whatif.deal'), deal),
  };
  const showPart = () => { for (const [k, el] of Object.entries(parts)) el.hidden = kind.value !== k; };
  kind.addEventListener('change', showPart);
  showPart();

  const read = (): WhatIfRequest => {
    const k = kind.value as ChangeKind;
    const changeOf: Record<ChangeKind, () => Change | null> = {
      none: () => null,
      posture: () => ({ kind: 'track', track: 'posture', value: Number(posture.value) }),
      track: () => ({ kind: 'track', track: track.value as TrackId, value: Number(value.value) }),
      deal: () => ({ kind: 'deal', deal: deal.value }),
    };
    return {
      games: Number(games.value),
      seats: Object.fromEntries(seatSelects.map(({ f, persona, difficulty }) => [f, { persona: persona.value, difficulty: difficulty.value }])) as WhatIfRequest['seats'],
      change: changeOf[k](),
    };
  };
  // A track set to the value it already has would play the baseline twice and call it a change.
  const problem = (): string | null => {
    const c = read().change;
    return c?.kind === 'track' && c.value === now[c.track] ? t('whatif.sameValue', { track: trackName(c.track), value: trackValue(c.track, c.value) }) : null;
  };
  const form = h('div', { class: 'whatif-form' },
    h('fieldset', { class: 'whatif-seats' },
      h('legend', null, t('whatif.players')),
      seatSelects.map(({ f, persona, difficulty }) => h('div', { class: `whatif-seat faction-${f}` },
        h('span', { class: `faction-label faction-${f}` }, factionName(f)),
        field(persona.id, t('seats.persona'), persona), field(difficulty.id, t('seats.difficulty'), difficulty)))),
    h('fieldset', { class: 'whatif-change' },
      h('legend', null, t('whatif.change')),
      field('whatif-change', t('whatif.parameter'), kind), parts.posture, parts.track, parts.deal),
    field('whatif-games', t('whatif.games'), games));
  return { form, read, problem, games };
}

/** Describes the change for the results' column heading: "Sovereignty: 7 → 3", from where the batches start. */
function changeText(scenario: Scenario, change: Change, now: StartTracks): string {
  if (change.kind === 'deal') return t('whatif.dealAccepted', { deal: quoted(dealTitle(scenario, change.deal)) });
  const from = now[change.track];
  const to = trackValue(change.track, change.value);
  return from === undefined ? `${trackName(change.track)}: ${to}` : t('whatif.trackChange', { track: trackName(change.track), from: trackValue(change.track, from), to });
}

/** "Russia: Hawk, Standard". */
const seatText = (faction: Faction, seat: WhatIfRequest['seats'][Faction]) => t('whatif.seatOf', { faction: factionName(faction), bot: botName(seat) });

const pct = (x: number) => t('whatif.share', { share: (x * 100).toFixed(1) });

/** A share as a bar on a track of fixed width, so that bars in every column and table share one scale. */
const bar = (share: number, k: number) => h('span', { class: 'whatif-bar-track', 'aria-hidden': 'true' },
  h('span', { class: `whatif-bar whatif-bar-${k}`, style: `width:${(share * 100).toFixed(1)}%` }));

/** Under a changed batch's share: whether it differs from the baseline's at all, and by more than chance alone would. */
function chanceMark(baseline: number, n: number, changed: number, m: number): HTMLElement {
  const { diff, withinChance } = compareShares(baseline, n, changed, m);
  const said = diff === 0 ? 'whatif.noDifference' : withinChance ? 'whatif.withinChance' : 'whatif.beyondChance';
  return h('span', { class: `whatif-chance${withinChance ? '' : ' whatif-chance-beyond'}` }, t(said));
}

function results(scenario: Scenario, r: WhatIfResult, now: StartTracks): HTMLElement {
  const columns: { title: string; s: BatchSummary }[] = [{ title: t('whatif.baseline'), s: r.baseline }];
  if (r.changed && r.request.change) columns.push({ title: t('whatif.changed', { what: changeText(scenario, r.request.change, now) }), s: r.changed });
  const ends = [...new Set(columns.flatMap((c) => Object.keys(c.s.endStates)))]
    .sort((a, b) => (r.baseline.endStates[b] ?? 0) - (r.baseline.endStates[a] ?? 0));
  // The corner cell names the column of row headings (an empty header cell says nothing to a screen reader).
  const head = (corner: string) => h('tr', null, h('th', { scope: 'col' }, corner), columns.map((c) => h('th', { scope: 'col' }, c.title)));
  // One row of shares: the baseline's, then the changed batch's with its mark against the baseline.
  const shareCells = (share: (s: BatchSummary) => number) => columns.map((c, k) => h('td', null, bar(share(c.s), k), pct(share(c.s)),
    k > 0 ? chanceMark(share(r.baseline), r.baseline.games, share(c.s), c.s.games) : null));
  const margin = Math.round(widestMargin(r.baseline.games) * 100);
  return h('section', { class: 'whatif-results', 'aria-labelledby': 'whatif-results-title' },
    h('h2', { id: 'whatif-results-title' }, t('whatif.results')),
    h('p', null, t('whatif.resultsOf', { games: r.request.games, seats: FACTIONS.map((f) => seatText(f, r.request.seats[f])).join('; ') })),
    h('p', { class: 'whatif-chance-note' }, t(columns.length > 1 ? 'whatif.chance' : 'whatif.chanceOne', { games: r.baseline.games, margin })),
    h('div', { class: 'whatif-result-grid' },
      h('div', { class: 'panel' },
        h('h3', null, t('whatif.endStates')),
        h('table', { class: 'whatif-table' }, h('thead', null, head(t('whatif.col.endState'))),
          h('tbody', null, ends.map((e) => h('tr', null, h('th', { scope: 'row' }, endStateTitle(scenario, e)),
            shareCells((s) => (s.endStates[e] ?? 0) / s.games)))))),
      h('div', { class: 'panel' },
        h('h3', null, t('whatif.winRates')),
        h('p', { class: 'muted' }, t('whatif.winRule')),
        h('table', { class: 'whatif-table' }, h('thead', null, head(t('whatif.col.faction'))),
          h('tbody', null, FACTIONS.map((f) => h('tr', null, h('th', { scope: 'row' }, factionName(f)), shareCells((s) => s.winRates[f])))))),
      h('div', { class: 'panel' },
        h('h3', null, t('whatif.dial')),
        dialChart(columns.map((c) => c.s.commitmentPath)),
        h('table', { class: 'whatif-table compact' },
          h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('whatif.col.batch')), r.baseline.commitmentPath.map((_, i) => h('th', { scope: 'col' }, i === 0 ? t('whatif.startTurn') : String(i))))),
          h('tbody', null, columns.map((c, k) => h('tr', null, h('th', { scope: 'row' }, h('span', { class: `whatif-key whatif-key-${k}` }), t(k === 0 ? 'whatif.baseline' : 'whatif.changedShort')),
            c.s.commitmentPath.map((v) => h('td', null, v.toFixed(1))))))),
        sameLines(columns.map((c) => c.s.commitmentPath)) ? h('p', { class: 'muted' }, t('whatif.linesCoincide')) : null,
        columns.map((c) => h('p', { class: 'muted' }, `${c.title}: ${t('whatif.meanTurns', { turns: c.s.meanTurns })}`)))));
}

/** The two paths read the same in the table: the chart then shows one line over the other. */
const sameLines = (paths: number[][]) => paths.length > 1 && paths[0]!.every((v, i) => v.toFixed(1) === paths[1]![i]?.toFixed(1));


/**
 * The dial's average path per turn as lines on its 0–10 scale, over the dial's own abandonment and entrapment zones
 * (the track's thresholds, as on the dial in play). The baseline is drawn last, thin and dashed over the changed line,
 * so both show where they coincide. The table beside it carries the numbers.
 */
function dialChart(paths: number[][]): SVGElement {
  const W = 340, H = 200, L = 46, R = 8, T = 8, B = 40;
  const { min, max, thresholds } = TRACKS.allianceCommitment;
  const abandonAt = thresholds.find((th) => th.dir === 'down')?.at ?? min;
  const entrapAt = thresholds.find((th) => th.dir === 'up')?.at ?? max;
  const n = paths[0]?.length ?? 1;
  const x = (i: number) => L + (i * (W - L - R)) / Math.max(1, n - 1);
  const y = (v: number) => T + ((max - v) * (H - T - B)) / (max - min);
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'whatif-chart', 'aria-hidden': 'true' });
  chart.append(
    svg('rect', { x: L, y: y(abandonAt), width: W - L - R, height: y(min) - y(abandonAt), class: 'whatif-zone-abandon' }),
    svg('rect', { x: L, y: y(max), width: W - L - R, height: y(entrapAt) - y(max), class: 'whatif-zone-entrap' }),
    svg('text', { x: L + 4, y: y(abandonAt) + 11, class: 'whatif-zone-label' }, t('dial.abandonment', { at: abandonAt })),
    svg('text', { x: L + 4, y: y(max) + 11, class: 'whatif-zone-label' }, t('dial.entrapment', { at: entrapAt })),
    ...[min, abandonAt, entrapAt, max].flatMap((v) => [
      svg('line', { x1: L, x2: W - R, y1: y(v), y2: y(v), class: 'whatif-grid' }),
      svg('text', { x: L - 5, y: y(v) + 4, 'text-anchor': 'end', class: 'whatif-axis' }, String(v))]),
    ...Array.from({ length: n }, (_, i) => svg('text', { x: x(i), y: H - B + 14, 'text-anchor': i === 0 ? 'start' : 'middle', class: 'whatif-axis' }, i === 0 ? t('whatif.startTurn') : String(i))),
    svg('text', { x: L + (W - L - R) / 2, y: H - 6, 'text-anchor': 'middle', class: 'whatif-axis-title' }, t('whatif.axisTurn')),
    svg('text', { x: 0, y: 0, transform: `translate(12 ${T + (H - T - B) / 2}) rotate(-90)`, 'text-anchor': 'middle', class: 'whatif-axis-title' }, t('whatif.axisCommitment', { min, max })),
    ...paths.map((path, k) => ({ path, k })).reverse().map(({ path, k }) =>
      svg('polyline', { points: path.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' '), class: `whatif-line whatif-line-${k}` })));
  return chart;
}

/** `seats`: the game's, when branching from one. */
export function whatIfPanel(scenario: Scenario, panel: WhatIfPanel, send: SendIntent, seats: Seats | null): HTMLElement {
  const now = panel.startTracks;
  const { form, read, problem, games } = requestForm(scenario, panel.request ?? firstRequest(scenario, seats, now), panel.running, now);
  const run = h('button', { type: 'button', id: 'whatif-run', class: 'primary large' });
  // The button says how many games it will play: one batch, or the baseline and the changed one.
  // A change to the value a track already has is refused before running, saying why.
  const same = h('p', { class: 'notice', role: 'status', id: 'whatif-same' });
  const label = () => {
    const valid = games.checkValidity();
    const why = problem();
    run.disabled = panel.running || !valid || why !== null;
    run.textContent = !valid || why ? t('whatif.runInvalid') : t(read().change ? 'whatif.runBoth' : 'whatif.run', { games: games.value });
    same.textContent = why ?? '';
    same.hidden = why === null;
  };
  label();
  form.addEventListener('input', label);
  form.addEventListener('change', label);
  run.addEventListener('click', () => send({ type: 'whatif.run', request: read() }));
  // A request neither refused nor answered by the results shown was cancelled.
  const cancelled = !panel.running && panel.error === null && panel.request !== null && (panel.result === null || JSON.stringify(panel.result.request) !== JSON.stringify(panel.request));
  const workers = navigator.hardwareConcurrency || 2;
  const status = panel.running ? whatIfProgress(panel, send) : null;
  return h('div', { class: 'whatif-panel' },
    h('div', { class: 'whatif-setup panel' }, form,
      same,
      h('div', { class: 'button-row' }, run, status),
      panel.error ? h('p', { class: 'notice', role: 'alert' }, panel.error) : null,
      cancelled ? h('p', { class: 'notice', role: 'status' }, t('whatif.cancelled', { done: panel.done, total: panel.total }), panel.result ? ` ${t('whatif.earlier')}` : '') : null,
      h('p', { class: 'muted' }, workers === 1 ? t('whatif.core') : t('whatif.cores', { cores: workers }))),
    panel.result && !panel.running ? results(scenario, panel.result, now) : null);
}
