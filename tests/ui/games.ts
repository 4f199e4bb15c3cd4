// Finished headless games for the interface's pure models: a scenario played to its end with seeded random legal
// play, wrapped as the app's session so the after-action facts come from the same code the app runs; and one in
// which the White Cell played an inject before the first move.
import { rulesFor, describeDecision, makeSave, type PlayerView, type Scenario } from '../../game/rules';
import { afterActionOf } from '../../game/app/after-action';
import { actWhiteCell } from '../../game/app/facilitator/white-cell';
import { startSession } from '../../game/app/session';
import type { Session } from '../../game/app/session';
import type { AfterAction } from '../../game/store/store';
import { loadScenario } from '../../scripts/scenario-files';
import { playOut, seeded } from '../helpers/play';

export interface FinishedGame { scenario: Scenario; session: Session; view: PlayerView; afterAction: AfterAction }

export function finishedGame(id: string, seed: number): FinishedGame {
  const scenario = loadScenario(id);
  const rules = rulesFor(scenario);
  const played = playOut(rules, seed, seeded(seed * 7919 + 1));
  const session: Session = { rules, seed, state: played.state, actions: played.actions, checkpoints: makeSave(rules, seed, played.actions).checkpoints, graphs: scenario.decisions.map(describeDecision) };
  return { scenario, session, view: rules.view(played.state, 'public'), afterAction: afterActionOf(session)! };
}

/** A finished game whose log opens with a White Cell inject (a custom one), then seeded random legal play. */
export function whiteCellGame(id: string, seed: number): FinishedGame {
  const scenario = loadScenario(id);
  const start = startSession(scenario, seed);
  const injected = actWhiteCell(start, { type: 'inject.custom', title: 'A leaked memo', text: 'Minsk hears of a plan for the 31st roadmap.' }, start.state.seq);
  if (!injected.ok) throw new Error(injected.error.message);
  const { rules } = start;
  const played = playOut(rules, seed, seeded(seed * 7919 + 1), injected.session.state);
  const actions = [...injected.session.actions, ...played.actions];
  const session: Session = { ...start, state: played.state, actions, checkpoints: makeSave(rules, seed, actions).checkpoints };
  return { scenario, session, view: rules.view(played.state, 'public'), afterAction: afterActionOf(session)! };
}
