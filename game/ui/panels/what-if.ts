// The what-if panel: personas and difficulty per faction, the number of games and ONE changed parameter (NATO's
// posture, a starting track, a deal accepted whenever offered); a progress bar with Cancel while the workers play;
// then the end states, win rates and the entrapment dial's average path, the changed batch beside the baseline.
import type { BatchSummary, Change } from '../../app/whatif/batch';
import { MAX_GAMES, type WhatIfRequest, type WhatIfResult } from '../../app/whatif/request';
import { DEFAULT_BOT, DIFFICULTIES, PERSONA_IDS, type BotSeat, type Seats } from '../../app/bots/seats';
import type { SendIntent } from '../../app/intents';
import type { WhatIfPanel } from '../../store/store';
import type { Faction, Scenario, TrackId } from '../../rules/types';
import { FACTIONS } from '../../rules/types';
import { TRACKS } from '../../rules/tracks';
import { h } from '../dom';
import { t } from '../messages';
import { botName, dealTitle, endStateTitle, factionName, trackName, trackValue } from '../format/names';

/**
 * The form before anything was asked: the bots of the game branched from (the default bot in a person's seat, and
 * everywhere from the menu), and NATO's posture at its highest where the scenario has one (the question the panel is
 * for: what usually happens if NATO entrenches?).
 */
function firstRequest(scenario: Scenario, seats: Seats | null): WhatIfRequest {
  const botIn = (f: Faction): BotSeat => { const seat = seats?.[f]; return seat?.kind === 'bot' ? seat : DEFAULT_BOT; };
  return {
    games: 200,
    seats: Object.fromEntries(FACTIONS.map((f) => [f, { persona: botIn(f).persona, difficulty: botIn(f).difficulty }])) as WhatIfRequest['seats'],
    change: scenario.tracks.posture ? { kind: 'track', track: 'posture', value: TRACKS.posture.max } : null,
  };
}

type ChangeKind = 'none' | 'posture' | 'track' | 'deal';
const kindOf = (c: Change | null, scenario: Scenario): ChangeKind =>
  !c ? 'none' : c.kind === 'deal' ? 'deal' : c.track === 'posture' && scenario.tracks.posture ? 'posture' : 'track';

const field = (id: string, label: string, control: HTMLElement) => h('div', { class: 'whatif-field' }, h('label', { for: id }, label), control);
const options = (values: readonly string[], selected: string, text: (v: string) => string) =>
  values.map((v) => h('option', { value: v, selected: v === selected }, text(v)));
const range = (track: TrackId) => Array.from({ length: TRACKS[track].max - TRACKS[track].min + 1 }, (_, i) => String(TRACKS[track].min + i));

/** The form; `read` turns its fields into a request. */
function requestForm(scenario: Scenario, shown: WhatIfRequest, disabled: boolean) {
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
  const posture = h('select', { id: 'whatif-posture', disabled }, options(range('posture'), String(change?.kind === 'track' && change.track === 'posture' ? change.value : TRACKS.posture.max), (v) => trackValue('posture', Number(v))));
  const deal = h('select', { id: 'whatif-deal', disabled }, options(scenario.deals.map((d) => d.id), change?.kind === 'deal' ? change.deal : '', (v) => `${dealTitle(scenario, v)} (${factionName(scenario.deals.find((d) => d.id === v)!.from)} → ${factionName(scenario.deals.find((d) => d.id === v)!.to)})`));
  const fillValues = (keep?: number) => {
    const id = track.value as TrackId;
    if (!id) return;
    const start = keep ?? scenario.tracks[id]?.start ?? TRACKS[id].min;
    value.replaceChildren(...options(range(id), String(start), (v) => trackValue(id, Number(v))));
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
  return { form, read, games, kind };
}

/** Describes the change for the results' column heading. */
function changeText(scenario: Scenario, change: Change): string {
  if (change.kind === 'deal') return t('whatif.dealAccepted', { deal: dealTitle(scenario, change.deal) });
  return `${trackName(change.track)} = ${trackValue(change.track, change.value)}`;
}

/** "Russia: Hawk, Standard". */
const seatText = (faction: Faction, seat: WhatIfRequest['seats'][Faction]) => t('whatif.seatOf', { faction: factionName(faction), bot: botName(seat) });

const pct = (x: number) => t('whatif.share', { share: (x * 100).toFixed(1) });

function results(scenario: Scenario, r: WhatIfResult): HTMLElement {
  const columns: { title: string; s: BatchSummary }[] = [{ title: t('whatif.baseline'), s: r.baseline }];
  if (r.changed && r.request.change) columns.push({ title: t('whatif.changed', { what: changeText(scenario, r.request.change) }), s: r.changed });
  const ends = [...new Set(columns.flatMap((c) => Object.keys(c.s.endStates)))]
    .sort((a, b) => (r.baseline.endStates[b] ?? 0) - (r.baseline.endStates[a] ?? 0));
  const head = h('tr', null, h('th', { scope: 'col' }, ''), columns.map((c) => h('th', { scope: 'col' }, c.title)));
  const bar = (share: number, k: number) => h('span', { class: `whatif-bar whatif-bar-${k}`, style: `width:${Math.round(share * 100)}%` });
  return h('section', { class: 'whatif-results', 'aria-labelledby': 'whatif-results-title' },
    h('h2', { id: 'whatif-results-title' }, t('whatif.results')),
    h('p', null, t('whatif.resultsOf', { games: r.request.games, seats: FACTIONS.map((f) => seatText(f, r.request.seats[f])).join('; ') })),
    h('div', { class: 'whatif-result-grid' },
      h('div', { class: 'panel' },
        h('h3', null, t('whatif.endStates')),
        h('table', { class: 'whatif-table' }, h('thead', null, head.cloneNode(true)),
          h('tbody', null, ends.map((e) => h('tr', null, h('th', { scope: 'row' }, endStateTitle(scenario, e)),
            columns.map((c, k) => { const share = (c.s.endStates[e] ?? 0) / c.s.games; return h('td', null, bar(share, k), pct(share)); })))))),
      h('div', { class: 'panel' },
        h('h3', null, t('whatif.winRates')),
        h('table', { class: 'whatif-table' }, h('thead', null, head.cloneNode(true)),
          h('tbody', null, FACTIONS.map((f) => h('tr', null, h('th', { scope: 'row' }, factionName(f)),
            columns.map((c, k) => h('td', null, bar(c.s.winRates[f], k), pct(c.s.winRates[f]))))))),
        h('p', { class: 'muted' }, t('whatif.winShares'))),
      h('div', { class: 'panel' },
        h('h3', null, t('whatif.dial')),
        dialChart(columns.map((c) => c.s.commitmentPath)),
        h('table', { class: 'whatif-table compact' },
          h('thead', null, h('tr', null, h('th', { scope: 'col' }, ''), r.baseline.commitmentPath.map((_, i) => h('th', { scope: 'col' }, i === 0 ? t('whatif.startTurn') : String(i))))),
          h('tbody', null, columns.map((c, k) => h('tr', null, h('th', { scope: 'row' }, h('span', { class: `whatif-key whatif-key-${k}` }), k === 0 ? t('whatif.baseline') : t('whatif.changed', { what: '' }).replace(/:\s*$/, '')),
            c.s.commitmentPath.map((v) => h('td', null, v.toFixed(1))))))),
        columns.map((c) => h('p', { class: 'muted' }, `${c.title}: ${t('whatif.meanTurns', { turns: c.s.meanTurns })}`)))));
}

/** The dial's average path per turn as lines on the 0–10 scale (the table beside it carries the numbers). */
function dialChart(paths: number[][]): SVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const W = 320, H = 120, pad = 14;
  const { min, max } = TRACKS.allianceCommitment;
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('class', 'whatif-chart');
  svg.setAttribute('aria-hidden', 'true');
  const x = (i: number, n: number) => pad + (i * (W - 2 * pad)) / Math.max(1, n - 1);
  const y = (v: number) => H - pad - ((v - min) * (H - 2 * pad)) / (max - min);
  for (const v of [min, (min + max) / 2, max]) {
    const line = document.createElementNS(ns, 'line');
    Object.entries({ x1: pad, x2: W - pad, y1: y(v), y2: y(v), class: 'whatif-grid' }).forEach(([k, val]) => line.setAttribute(k, String(val)));
    const label = document.createElementNS(ns, 'text');
    Object.entries({ x: 0, y: y(v) + 4, class: 'whatif-axis' }).forEach(([k, val]) => label.setAttribute(k, String(val)));
    label.textContent = String(v);
    svg.append(line, label);
  }
  paths.forEach((path, k) => {
    const pl = document.createElementNS(ns, 'polyline');
    pl.setAttribute('points', path.map((v, i) => `${x(i, path.length).toFixed(1)},${y(v).toFixed(1)}`).join(' '));
    pl.setAttribute('class', `whatif-line whatif-line-${k}`);
    svg.append(pl);
  });
  return svg;
}

/** `seats`: the game's, when branching from one. */
export function whatIfPanel(scenario: Scenario, panel: WhatIfPanel, send: SendIntent, seats: Seats | null): HTMLElement {
  const { form, read, games, kind } = requestForm(scenario, panel.request ?? firstRequest(scenario, seats), panel.running);
  const run = h('button', { type: 'button', id: 'whatif-run', class: 'primary large' });
  // The button says how many games it will play: one batch, or the baseline and the changed one.
  const label = () => {
    const valid = games.checkValidity();
    run.disabled = panel.running || !valid;
    run.textContent = !valid ? t('whatif.runInvalid') : t(kind.value === 'none' ? 'whatif.run' : 'whatif.runBoth', { games: games.value });
  };
  label();
  games.addEventListener('input', label);
  kind.addEventListener('change', label);
  run.addEventListener('click', () => send({ type: 'whatif.run', request: read() }));
  // A request neither refused nor answered by the results shown was cancelled.
  const cancelled = !panel.running && panel.error === null && panel.request !== null && (panel.result === null || JSON.stringify(panel.result.request) !== JSON.stringify(panel.request));
  const workers = navigator.hardwareConcurrency || 2;
  const status = panel.running
    ? h('div', { class: 'whatif-progress', role: 'status' },
      h('progress', { id: 'whatif-progress', max: panel.total, value: panel.done, 'aria-label': t('whatif.progress', { done: panel.done, total: panel.total }) }),
      h('span', null, t('whatif.progress', { done: panel.done, total: panel.total })),
      h('button', { type: 'button', id: 'whatif-cancel', onClick: () => send({ type: 'whatif.cancel' }) }, t('whatif.cancel')))
    : null;
  return h('div', { class: 'whatif-panel' },
    h('div', { class: 'whatif-setup panel' }, form,
      h('div', { class: 'button-row' }, run, status),
      panel.error ? h('p', { class: 'notice', role: 'alert' }, panel.error) : null,
      cancelled ? h('p', { class: 'notice', role: 'status' }, t('whatif.cancelled', { done: panel.done, total: panel.total }), panel.result ? ` ${t('whatif.earlier')}` : '') : null,
      h('p', { class: 'muted' }, workers === 1 ? t('whatif.core') : t('whatif.cores', { cores: workers }))),
    panel.result && !panel.running ? results(scenario, panel.result) : null);
}
