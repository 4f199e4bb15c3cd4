// The White Cell's moves on a match: applied through the rules' applyFacilitator with the move number the console
// showed, and kept in the action list (so the save replays them) as entries by 'facilitator'.
import { applyFacilitator, type FacilitatorAction } from '../../rules';
import { advanced, type Applied, type Session } from '../session';

export function actWhiteCell(session: Session, action: FacilitatorAction, seq: number): Applied {
  const result = applyFacilitator(session.rules, session.state, action, seq);
  return result.ok ? { ok: true, session: advanced(session, { faction: 'facilitator', action }, result.state) } : result;
}
