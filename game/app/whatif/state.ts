// The what-if panel's part of the application context: where it was opened from, the scenario and branch point,
// the run in progress and the last result.
import { applyEntry, type GameState, type Scenario, type TrackId } from '../../rules';
import type { Session } from '../session';
import type { Branch } from './batch';
import type { WhatIfRequest, WhatIfResult } from './request';

export interface WhatIf {
  /** The screen the panel returns to when closed. */
  returnTo: 'menu' | 'turn' | 'summary';
  scenario: Scenario;
  /** The game in progress to branch from (null: the scenario start), and the turn it starts in. */
  branch: Branch | null;
  branchTurn: number | null;
  /** Every track's value where the batches start (the scenario's start or the branch point): what a change is
   *  measured against, so the panel can say "Sovereignty: 7 → 3" and refuse a "change" to the same value. */
  startTracks: Partial<Record<TrackId, number>>;
  /** The run in progress: its number (a late answer from an earlier run is ignored), request and seed. */
  run: { id: number; request: WhatIfRequest; seed: number } | null;
  /** The last request made (running, shown, cancelled or refused), so the form keeps what was asked. */
  request: WhatIfRequest | null;
  done: number;
  total: number;
  result: WhatIfResult | null;
  error: string | null;
}

/** Opens the panel on the match in progress (branch from here) or on the scenario chosen on the menu. */
export function openWhatIf(session: Session | null, selected: Scenario | null, returnTo: WhatIf['returnTo']): WhatIf {
  const idle = { returnTo, run: null, request: null, done: 0, total: 0, result: null, error: null };
  if (!session) {
    const startTracks = Object.fromEntries(Object.entries(selected!.tracks).map(([id, def]) => [id, def!.start]));
    return { ...idle, scenario: selected!, branch: null, branchTurn: null, startTracks };
  }
  const { branch, turn, state } = publicBranch(session);
  return { ...idle, scenario: session.rules.scenario, branch, branchTurn: turn, startTracks: { ...state.tracks } };
}

/** The branch point of a game in progress as its players know it: during the orders phase the orders already
 *  committed are secret, so the branch starts at the beginning of this turn instead. */
export function publicBranch(session: Session): { branch: Branch; turn: number; state: GameState } {
  const { rules, state, seed, actions } = session;
  const { rulesVersion } = state;
  if (rules.view(state, 'public').phase !== 'orders') return { branch: { seed, rulesVersion, actions }, turn: state.turn, state };
  let replayed = rules.setup(seed, rulesVersion);
  let turnStart = 0;
  while (replayed.turn !== state.turn && turnStart < actions.length) {
    const r = applyEntry(rules, replayed, actions[turnStart]!);
    if (!r.ok) break;
    replayed = r.state;
    turnStart++;
  }
  return { branch: { seed, rulesVersion, actions: actions.slice(0, turnStart) }, turn: state.turn, state: replayed };
}
