// The statechart view: a decision point drawn from the machine the rules run (describeDecision), in a dialog large
// enough to read at 1366×768. The current state is lit, the states and moves of the path so far are marked, and the
// moves open now stand out; the same facts are written out above the drawing for screen readers and for skimming.
import type { DecisionGraph } from '../../rules';
import type { DecisionId, PlayerView, Scenario } from '../../rules/types';
import { h, svg } from '../dom';
import { t } from '../messages';
import { decisionEventName, decisionName, decisionStateName, listOf, turnLabel } from '../format/names';
import { layoutStatechart } from '../explain/statechart-layout';
import { openMoves, pathTaken, visitedStates } from '../explain/statechart-path';
import { causeText } from '../explain/why';


/** The facts of the drawing in words: the current state, the moves open now and the path so far. */
export function statechartText(scenario: Scenario, graph: DecisionGraph, view: PlayerView): HTMLElement {
  const id = graph.id;
  const current = view.decisions[id] ?? graph.initial;
  const open = openMoves(graph, current);
  const path = pathTaken(view.log, id);
  const state = (s: string) => decisionStateName(id, s);
  const events = [...new Set(graph.transitions.map((tr) => tr.event))];
  return h('div', { class: 'statechart-text' },
    h('p', { class: 'statechart-current' }, t('statechart.current', { state: state(current) })),
    events.length === 1 ? h('p', null, t('statechart.oneEvent', { event: decisionEventName(events[0]!) })) : null,
    h('p', null, open.length
      ? t('statechart.open', { moves: listOf(open.map((tr) => `${decisionEventName(tr.event)} → ${state(tr.to)}${tr.guarded ? ` (${t('statechart.guarded')})` : ''}`), 'list.or') })
      : t('statechart.noneOpen')),
    h('p', null, path.length
      ? t('statechart.path', { path: [state(graph.initial), ...path.map((p) => `${state(p.to)} (${t('why.when', { turn: p.turn, label: turnLabel(scenario, p.turn) })}: ${causeText(p.cause, scenario)})`)].join(' → ') })
      : t('statechart.pathNone')));
}

export function statechartSvg(graph: DecisionGraph, view: PlayerView, labelledBy: string): SVGElement {
  const id = graph.id;
  const current = view.decisions[id] ?? graph.initial;
  const path = pathTaken(view.log, id);
  const visited = visitedStates(graph, path);
  const taken = new Set(path.map((p) => `${p.from}→${p.to}`));
  const layout = layoutStatechart(graph, (s) => decisionStateName(id, s), decisionEventName);
  const markers = svg('defs', {},
    ...['plain', 'open', 'taken'].map((kind) => svg('marker', { id: `arrow-${id}-${kind}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse', class: `arrowhead arrowhead-${kind}` },
      svg('path', { d: 'M0,0 L10,5 L0,10 z' }))));
  // A machine whose every move has the same trigger (the entrapment dial) says so once instead of on every arrow.
  const events = new Set(graph.transitions.map((tr) => tr.event));
  const edges = layout.edges.map((e) => {
    const kind = e.from === current ? 'open' : taken.has(`${e.from}→${e.to}`) ? 'taken' : 'plain';
    return svg('g', { class: `sc-edge sc-edge-${kind}${e.guarded ? ' sc-guarded' : ''}${events.size === 1 ? ' sc-one-event' : ''}`, 'data-from': e.from, 'data-to': e.to },
      svg('title', {}, `${decisionStateName(id, e.from)} → ${decisionStateName(id, e.to)}: ${e.events.join(', ')}`),
      svg('path', { d: e.d, 'marker-end': `url(#arrow-${id}-${kind})` }),
      svg('text', { x: e.label.x, y: e.label.y - 3, 'text-anchor': 'middle', class: 'sc-edge-label' }, e.events.join(', ')));
  });
  const boxes = layout.boxes.map((b) => {
    const cls = b.name === current ? 'current' : visited.has(b.name) ? 'visited' : 'other';
    return svg('g', { class: `sc-state sc-state-${cls}${b.final ? ' sc-final' : ''}`, 'data-state': b.name, 'aria-current': b.name === current ? 'true' : null },
      svg('rect', { x: b.x, y: b.y, width: b.w, height: b.h, rx: 6 }),
      b.final ? svg('rect', { x: b.x + 3, y: b.y + 3, width: b.w - 6, height: b.h - 6, rx: 4, class: 'sc-final-inner' }) : '',
      ...b.lines.map((line, i) => svg('text', { x: b.x + b.w / 2, y: b.y + 18 + i * 16, 'text-anchor': 'middle', class: 'sc-state-label' }, line)),
      b.stays.length ? svg('text', { x: b.x + b.w / 2, y: b.y + 18 + b.lines.length * 16, 'text-anchor': 'middle', class: 'sc-stays' },
        `↻ ${b.stays.length}`, svg('title', {}, t('statechart.stays', { events: b.stays.join(', ') }))) : '');
  });
  // Edges under the boxes, labels above the edges.
  return svg('svg', { viewBox: `0 0 ${layout.width} ${layout.height}`, // Shrinks to the dialog's width, but never below 80 % (then it scrolls): the labels must stay readable.
    style: `width: clamp(${Math.round(layout.width * 0.8)}px, 100%, ${Math.round(layout.width)}px)`, class: 'statechart-svg', role: 'img', 'aria-labelledby': labelledBy, 'data-decision': id },
    markers, ...edges, ...boxes);
}

function legend(): HTMLElement {
  const item = (cls: string, key: Parameters<typeof t>[0]) => h('li', null, h('span', { class: `sc-key ${cls}`, 'aria-hidden': 'true' }), t(key));
  return h('ul', { class: 'statechart-legend' },
    item('sc-key-current', 'statechart.legend.current'), item('sc-key-visited', 'statechart.legend.visited'),
    item('sc-key-open', 'statechart.legend.open'), item('sc-key-taken', 'statechart.legend.taken'),
    item('sc-key-guarded', 'statechart.legend.guarded'), item('sc-key-final', 'statechart.legend.final'),
    h('li', null, h('span', { class: 'sc-key-stays', 'aria-hidden': 'true' }, '↻ 2'), t('statechart.legend.stays')));
}

/** Opens the statechart dialog on one decision point; tabs switch to the scenario's other decision points. */
export function openStatechart(scenario: Scenario, graphs: readonly DecisionGraph[], view: PlayerView, first: DecisionId): void {
  const shown = graphs.filter((g) => view.decisions[g.id] !== undefined);
  const titleId = 'statechart-dialog-title';
  const body = h('div', { class: 'statechart-body' });
  const tabs = h('div', { class: 'statechart-tabs', role: 'group', 'aria-label': t('statechart.pick') });
  const close = h('button', { type: 'button', class: 'quiet' }, t('statechart.close'));
  const title = h('h2', { id: titleId });
  const dialog = h('dialog', { class: 'statechart-dialog', 'aria-labelledby': titleId },
    h('div', { class: 'statechart-head' }, title, close), tabs, body);
  const show = (id: DecisionId) => {
    const graph = shown.find((g) => g.id === id) ?? shown[0]!;
    title.textContent = t('statechart.dialogTitle', { decision: decisionName(graph.id) });
    tabs.replaceChildren(...shown.map((g) => h('button', {
      type: 'button', class: `tab${g.id === graph.id ? ' selected' : ''}`, 'aria-pressed': g.id === graph.id ? 'true' : 'false',
      onClick: () => show(g.id),
    }, decisionName(g.id))));
    const textId = `statechart-text-${graph.id}`;
    const text = statechartText(scenario, graph, view);
    text.id = textId;
    const drawing = statechartSvg(graph, view, textId);
    const allLabels = h('input', { type: 'checkbox', onChange: (e) => drawing.classList.toggle('sc-labels-all', (e.target as HTMLInputElement).checked) });
    body.replaceChildren(text, h('div', { class: 'statechart-tools' }, legend(), h('label', { class: 'statechart-toggle' }, allLabels, ' ', t('statechart.allLabels'))),
      h('div', { class: 'statechart-scroll', tabindex: '0', 'aria-label': t('statechart.dialogTitle', { decision: decisionName(graph.id) }) },
        drawing));
  };
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => dialog.remove());
  show(first);
  document.body.append(dialog);
  dialog.showModal();
  close.focus();
}

export function statechartButton(scenario: Scenario, graphs: readonly DecisionGraph[], view: PlayerView, id: DecisionId): HTMLElement {
  return h('button', { type: 'button', class: 'statechart-open', 'aria-haspopup': 'dialog', onClick: () => openStatechart(scenario, graphs, view, id) },
    t('statechart.show'));
}
