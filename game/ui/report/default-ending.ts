// The default ending has no conditions of its own: it is what the game comes to when no other ending is reached.
// What the class did to get there is told from the other side: where the decision points and tracks that the closest
// other endings needed ended, with the moves that kept each away from what that ending asked; then the tracks and
// decision points of the objectives that won the winners their points, with the moves that met them.
import type { Condition, DecisionId, EndStateId, PlayerView, Scenario, TrackId } from '../../rules/types';
import { t } from '../messages';
import { describeConditions } from '../format/effects';
import { decisionName, decisionStateName, endStateTitle, factionName, trackName, trackValue, whose } from '../format/names';
import { movesToward, whyDecision, whyTrack } from '../explain/why';
import { signed } from '../../rules/tracks';
import type { ReportFact } from './report-model';

/** How many of a fact's last moves are told. */
const CHAINS = 2;

type TrackTest = Extract<Condition, { track: TrackId }>;
type DecisionTest = Extract<Condition, { decision: DecisionId }>;
/** A condition's tests of a track or a decision point, each with whether it stands under a `not`. */
function tests(c: Condition, negated = false): { test: TrackTest | DecisionTest; negated: boolean }[] {
  if ('track' in c || 'decision' in c) return [{ test: c, negated }];
  if ('any' in c) return c.any.flatMap((x) => tests(x, negated));
  if ('not' in c) return c.not.flatMap((x) => tests(x, !negated));
  return [];
}

type Wording = { track: 'report.default.track' | 'report.default.objective'; stayed: 'report.default.trackStayed' | 'report.default.objectiveStayed'; decision: 'report.default.decision' | 'report.default.objectiveDecision' };
const KEPT_AWAY: Wording = { track: 'report.default.track', stayed: 'report.default.trackStayed', decision: 'report.default.decision' };
const MET: Wording = { track: 'report.default.objective', stayed: 'report.default.objectiveStayed', decision: 'report.default.objectiveDecision' };

/**
 * A track or decision point a condition tests, where it ended (a track: from its value at the start), and the last
 * moves that took it towards the test, or, with `away`, away from it (what kept an ending off).
 */
function factOf(s: Scenario, view: PlayerView, test: TrackTest | DecisionTest, away: boolean, words: Wording, params: Record<string, string | number>): ReportFact | null {
  if ('decision' in test) {
    const state = view.decisions[test.decision];
    return state === undefined ? null : {
      text: t(words.decision, { decision: decisionName(test.decision), state: decisionStateName(test.decision, state), ...params }),
      chains: whyDecision(view.log, test.decision, s, CHAINS),
    };
  }
  const to = view.tracks[test.track];
  if (to === undefined) return null;
  const from = view.trackHistory[0]?.[test.track] ?? to;
  return {
    text: t(from === to ? words.stayed : words.track, { track: trackName(test.track), from: trackValue(test.track, from), to: trackValue(test.track, to), ...params }),
    chains: whyTrack(view.log, test.track, s, CHAINS, movesToward(test, away)),
  };
}

/**
 * The facts behind a default ending. `closest`: the other endings the report explains, with the conditions each
 * lacked at the end; `view.outcome` names the winners and the objectives they met. Each track or decision point is
 * told once, where it first comes up.
 */
export function defaultEndingFacts(s: Scenario, view: PlayerView, closest: readonly { endState: EndStateId; unmet: Condition[] }[]): ReportFact[] {
  const told = new Set<string>();
  const facts: ReportFact[] = [];
  const tell = (c: Condition, kept: boolean, words: Wording, params: Record<string, string | number>) => {
    for (const { test, negated } of tests(c)) {
      const key = 'track' in test ? test.track : test.decision;
      const fact = told.has(key) ? null : factOf(s, view, test, kept !== negated, words, params);
      if (fact) { told.add(key); facts.push(fact); }
    }
  };
  // What kept the closest other endings off: the moves away from what each needed (towards it, under a `not`).
  for (const miss of closest) {
    for (const unmet of miss.unmet) tell(unmet, true, KEPT_AWAY, { ending: endStateTitle(s, miss.endState), condition: describeConditions([unmet]) });
  }
  // What won the winners their points: the moves that met their objectives.
  for (const faction of view.outcome?.winners ?? []) {
    for (const id of view.outcome!.met[faction] ?? []) {
      const objective = s.objectives.find((o) => o.id === id);
      for (const c of objective?.condition ?? []) tell(c, false, MET, { whose: whose(factionName(faction)), condition: describeConditions([c]), vp: signed(objective!.vp) });
    }
  }
  return facts;
}

/** The default ending: no conditions of its own. */
export const isDefaultEnding = (s: Scenario, endState: EndStateId | undefined) => s.endStates.find((e) => e.id === endState)?.trigger.length === 0;
