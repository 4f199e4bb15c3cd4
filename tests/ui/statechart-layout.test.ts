// The statechart drawing for every decision machine: every state placed once inside the drawing, no two boxes
// overlapping, every move between two states drawn as an arrow carrying its event, and every move that stays put
// noted on its box. The path and the open moves agree with the game that was played.
import { describe, expect, it } from 'vitest';
import { describeDecision } from '../../game/rules';
import type { DecisionId } from '../../game/rules';
import { layoutStatechart, wrap } from '../../game/ui/explain/statechart-layout';
import { openMoves, pathTaken, visitedStates } from '../../game/ui/explain/statechart-path';
import { decisionEventName, decisionStateName } from '../../game/ui/format/names';
import { scenarioIds } from '../../scripts/scenario-files';
import { finishedGame } from './games';

const ALL: DecisionId[] = ['integration', 'entrapment', 'airbase', 'hybrid', 'suwalki', 'neutrality'];

describe.each(ALL)('the %s statechart layout', (id) => {
  const graph = describeDecision(id);
  const layout = layoutStatechart(graph, (s) => decisionStateName(id, s), decisionEventName);

  it('places every state exactly once, inside the drawing', () => {
    expect(layout.boxes.map((b) => b.name).sort()).toEqual(graph.states.map((s) => s.name).sort());
    for (const b of layout.boxes) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.x + b.w).toBeLessThanOrEqual(layout.width);
      expect(b.y + b.h).toBeLessThanOrEqual(layout.height);
    }
  });

  it('keeps every arrow and label inside the drawing', () => {
    for (const e of layout.edges) {
      const nums = (e.d.match(/-?[\d.]+/g) ?? []).map(Number);
      nums.forEach((n, i) => {
        expect(n).toBeGreaterThanOrEqual(0);
        expect(n).toBeLessThanOrEqual(i % 2 ? layout.height : layout.width);
      });
      expect(e.label.x - e.label.w / 2).toBeGreaterThanOrEqual(0);
      expect(e.label.x + e.label.w / 2).toBeLessThanOrEqual(layout.width);
    }
  });

  it('lets no two boxes overlap', () => {
    for (const [i, a] of layout.boxes.entries()) {
      for (const b of layout.boxes.slice(i + 1)) {
        const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
        expect(apart, `${a.name} overlaps ${b.name}`).toBe(true);
      }
    }
  });

  it('draws every transition: an arrow per pair of states carrying its events, or a note on the box', () => {
    for (const tr of graph.transitions) {
      const event = decisionEventName(tr.event);
      if (tr.from === tr.to) expect(layout.boxes.find((b) => b.name === tr.from)!.stays).toContain(event);
      else expect(layout.edges.find((e) => e.from === tr.from && e.to === tr.to)?.events).toContain(event);
    }
    for (const e of layout.edges) expect(e.d).toMatch(/^M[\d.-]+,[\d.-]+ C/);
  });

  it('puts the initial state in the first column and every other state after it', () => {
    const first = layout.boxes.find((b) => b.name === graph.initial)!;
    expect(first.layer).toBe(0);
    for (const b of layout.boxes) if (b.name !== graph.initial) expect(b.layer).toBeGreaterThan(0);
  });
});

describe('wrap', () => {
  it('breaks a label into lines no longer than the limit unless a word is longer', () => {
    expect(wrap('Supranational bodies (absorption)', 17)).toEqual(['Supranational', 'bodies', '(absorption)']);
    expect(wrap('Status quo: subsidies for loyalty', 17)).toEqual(['Status quo:', 'subsidies for', 'loyalty']);
    expect(wrap('', 17)).toEqual(['']);
  });
});

describe.each(scenarioIds())('the path through each statechart in a finished game of %s', (scenarioId) => {
  const { scenario, view, session } = finishedGame(scenarioId, 5);
  it('is a connected walk from the initial state to the current one, and the open moves leave the current state', () => {
    for (const graph of session.graphs) {
      const path = pathTaken(view.log, graph.id);
      let at = graph.initial;
      for (const step of path) {
        expect(step.from).toBe(at);
        expect(graph.transitions.some((tr) => tr.from === step.from && tr.to === step.to && tr.event === step.event)).toBe(true);
        at = step.to;
      }
      expect(at).toBe(view.decisions[graph.id]);
      expect(visitedStates(graph, path).has(at)).toBe(true);
      for (const tr of openMoves(graph, at)) expect(tr.from === at && tr.to !== at).toBe(true);
    }
    expect(scenario.decisions.length).toBe(session.graphs.length);
  });
});
