// Finished headless games for the interface's pure models: a scenario played to its end with seeded random legal
// play, wrapped as the app's session so the after-action facts come from the same code the app runs.
import { rulesFor, describeDecision, makeSave, type PlayerView, type Scenario } from '../../game/rules';
import { afterActionOf } from '../../game/app/after-action';
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
