// The White Cell's moves (GAME-DESIGN §4): injects (an event from the deck, or a custom one, or a matrix-style
// argument adjudicated at shown odds with the game's seeded dice) and overrides of a track, a decision point or
// the outcome, each only with a written reason. Pure, like the rules: every change is logged with cause
// { kind: 'facilitator' }, so saves replay them and the after-action report can quote the reasons.
import { z } from 'zod';
import { persist, stateName } from './decisions';
import { changeTrack, record, runEffects, sendDecision, settle, type Work } from './effects/run-effects';
import type { Rules } from './rules';
import { effectSchema } from './scenario-schema';
import { TRACKS, TRACK_IDS } from './tracks';
import { turnMachine } from './turn.machine';
import { outcomeFor } from './victory';
import type { ApplyResult, Cause, DecisionId, Effect, EndStateId, GameState, MatrixArgument, RuleError, Source, TrackId } from './types';

export type FacilitatorAction =
  | { type: 'inject.event'; event: string }
  /** `effects` always apply; with `odds` (0–100) the dice decide between `success` and `failure`. */
  | { type: 'inject.custom'; title: string; text: string; argument?: MatrixArgument; effects?: Effect[]; odds?: number; success?: Effect[]; failure?: Effect[] }
  | { type: 'override'; track: TrackId; value: number; reason: string }
  | { type: 'override.decision'; decision: DecisionId; event: string; reason: string }
  | { type: 'override.outcome'; endState: EndStateId; reason: string };

// Built on first use (a White Cell move or a save read), not while the page starts.
export const facilitatorActionSchema: z.ZodType<FacilitatorAction> = z.lazy(() => {
  const text = z.string().trim().min(1, 'a non-empty text');
  const reason = z.string();
  const effects = z.array(effectSchema);
  return z.discriminatedUnion('type', [
    z.object({ type: z.literal('inject.event'), event: text }).strict(),
    z.object({
      type: z.literal('inject.custom'), title: text, text: z.string(),
      argument: z.object({ action: text, result: text, reasons: text }).strict().optional(),
      effects: effects.optional(), odds: z.number().int().min(0).max(100).optional(),
      success: effects.optional(), failure: effects.optional(),
    }).strict(),
    z.object({ type: z.literal('override'), track: z.enum(TRACK_IDS), value: z.number().int(), reason }).strict(),
    z.object({ type: z.literal('override.decision'), decision: z.enum(['integration', 'entrapment', 'airbase', 'hybrid', 'suwalki', 'neutrality']), event: text, reason }).strict(),
    z.object({ type: z.literal('override.outcome'), endState: text, reason }).strict(),
  ]) as z.ZodType<FacilitatorAction>;
});

/** The White Cell acts outside the paper's text: its moves are sourced as adjudication, not as the paper. */
const WHITE_CELL: Source = { cite: [], extrapolation: 'White Cell adjudication during a facilitated session.' };

export function applyFacilitator(rules: Rules, s: GameState, input: FacilitatorAction, expectSeq?: number): ApplyResult {
  const fail = (code: RuleError['code'], message: string): ApplyResult => ({ ok: false, error: { code, message } });
  if (s.outcome) return fail('game-over', 'The game is over.');
  if (expectSeq !== undefined && expectSeq !== s.seq) return fail('stale', `This White Cell action was meant for move ${expectSeq}; the game is at move ${s.seq}.`);
  const parsed = facilitatorActionSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail('illegal', `The White Cell action's "${issue.path.join('.') || 'type'}" is wrong: ${issue.message}.`);
  }
  const action = parsed.data;
  if ('reason' in action && !action.reason.trim()) {
    return fail('illegal', 'An override needs a written reason: say why the White Cell changes the game.');
  }

  const scenario = rules.scenario;
  const w: Work = { state: structuredClone(s), log: [] };
  const st = w.state;
  st.seq += 1;
  const cause = (id: string): Cause => ({ kind: 'facilitator', id });

  switch (action.type) {
    case 'inject.event': {
      const at = st.deck.indexOf(action.event);
      const ev = scenario.events.find((e) => e.id === action.event);
      if (!ev || at < 0) return fail('illegal', `The event "${action.event}" is not in the deck (it is unknown, scheduled, or already played).`);
      st.deck.splice(at, 1);
      st.turnEvents.push(ev.id);
      record(w, { kind: 'inject', title: ev.title, text: ev.text, event: ev.id }, cause(ev.id), ev.source);
      runEffects(w, ev.effects, cause(ev.id), ev.source);
      break;
    }
    case 'inject.custom': {
      const c = cause('inject');
      record(w, { kind: 'inject', title: action.title, text: action.text, ...(action.argument ? { argument: action.argument } : {}), ...(action.odds !== undefined ? { odds: action.odds } : {}) }, c, WHITE_CELL);
      runEffects(w, action.effects ?? [], c, WHITE_CELL);
      if (action.odds !== undefined) {
        runEffects(w, [{ roll: { chance: action.odds }, label: action.title, success: action.success ?? [], failure: action.failure ?? [] }], c, WHITE_CELL);
      }
      break;
    }
    case 'override': {
      const from = st.tracks[action.track];
      const { min, max } = TRACKS[action.track];
      if (from === undefined) return fail('illegal', `This scenario does not use the track "${action.track}".`);
      if (action.value < min || action.value > max) return fail('illegal', `The track "${action.track}" runs from ${min} to ${max}; ${action.value} is outside it.`);
      if (action.value === from) return fail('illegal', `The track "${action.track}" is already at ${from}.`);
      record(w, { kind: 'override', target: `track:${action.track}`, reason: action.reason.trim() }, cause('override'), WHITE_CELL);
      changeTrack(w, action.track, action.value - from, cause('override'), WHITE_CELL);
      break;
    }
    case 'override.decision': {
      const snap = st.decisions[action.decision];
      if (!snap) return fail('illegal', `This scenario has no "${action.decision}" decision point.`);
      record(w, { kind: 'override', target: `decision:${action.decision}`, reason: action.reason.trim() }, cause('override'), WHITE_CELL);
      if (!sendDecision(w, action.decision, action.event, cause('override'), WHITE_CELL)) {
        return fail('illegal', `The "${action.decision}" decision point has no move "${action.event}" from "${stateName(snap.value)}".`);
      }
      break;
    }
    case 'override.outcome': {
      const end = scenario.endStates.find((e) => e.id === action.endState);
      if (!end) return fail('illegal', `This scenario has no end state "${action.endState}".`);
      record(w, { kind: 'override', target: `outcome:${end.id}`, reason: action.reason.trim() }, cause('override'), WHITE_CELL);
      record(w, { kind: 'end', endState: end.id }, cause('override'), end.source);
      st.outcome = outcomeFor(scenario, st, end);
      // The game ends here: the turn statechart is put in its final state, as a normal end would leave it.
      st.turnMachine = persist(turnMachine.resolveState({ value: 'over', context: st.turnMachine.context as Parameters<typeof turnMachine.resolveState>[0]['context'] }));
      break;
    }
  }
  return { ok: true, state: settle(w), log: w.log };
}
