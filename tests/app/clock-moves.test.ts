// Moves the phase clock made when time ran out are marked as the clock's, not the teams': the action carries
// `byClock`, the rules copy it into the log (the commit, the reveal, the answer), and the summary's sentences, the
// report and the save read it from there. The mark changes nothing else: the same moves unmarked reach the same
// game, and a save without marks reads and replays as before. The walk-through: Ultimatum, every team out of time at
// the orders ("commit no orders"), Russia offers "Cheaper gas for loyalty" and time runs out before Belarus answers.
import { describe, expect, it } from 'vitest';
import { playTimeout } from '../../game/app/facilitator/timeout';
import { act, startSession, type Session } from '../../game/app/session';
import { hashState, makeSave, parseSave, replay, type Action, type GameState, type LogEntry, type SaveEntry } from '../../game/rules';
import { bargainLine } from '../../game/ui/format/bargain-log';
import { describeEffects } from '../../game/ui/format/effects';
import { logSentence } from '../../game/ui/format/log-entry';
import { fateSentence, offerFates } from '../../game/ui/format/offer-fates';
import { buildReport } from '../../game/ui/report/report-model';
import { reportMarkdown } from '../../game/ui/report/report-markdown';
import { loadScenario } from '../../scripts/scenario-files';

const scenario = loadScenario('ultimatum');
const offer = scenario.deals.find((d) => d.id === 'ru-gas-for-loyalty')!;

function step(session: Session, action: Action): Session {
  const faction = session.rules.activeFactions(session.state)[0]!;
  const r = act(session, faction, action, session.state.seq);
  if (!r.ok) throw new Error(r.error.message);
  return r.session;
}

/** Turn 1 of seed 21: the clock ends the orders, the teams pass until Russia sits with Belarus, Russia offers, and
 *  the clock ends the bargaining. */
function timedOut(): Session {
  let s = playTimeout(startSession(scenario, 21), {}, 'pass');
  for (let i = 0; i < 8; i++) {
    const table = s.state.negotiation?.protocol ? s.rules.view(s.state, 'public').negotiation.table : null;
    if (table?.id === 'russia-belarus' && table.mover === 'russia') break;
    s = step(s, { type: 'bargain.pass' });
  }
  s = step(s, { type: 'bargain.offer', give: offer.give, ask: offer.ask });
  return playTimeout(s, {}, 'pass');
}

/** The same game with the clock's marks taken off every action. */
function unmarked(session: Session): SaveEntry[] {
  return session.actions.map((e) => {
    if (e.faction === 'facilitator' || !('byClock' in e.action)) return e;
    const { byClock: _, ...action } = e.action;
    return { faction: e.faction, action: action as Action };
  });
}

const withoutMarks = (state: GameState): GameState => ({
  ...state,
  log: state.log.map((e) => { const { byClock: _, ...rest } = e as LogEntry & { byClock?: true }; return rest as LogEntry; }),
});

describe('moves the phase clock made when time ran out', () => {
  const session = timedOut();
  const view = session.rules.view(session.state, 'public');
  const turn1 = view.log.filter((e) => e.turn === 1);

  it('are saved as the clock’s: every commit of turn 1 and Belarus’ answer carry the mark, Russia’s offer does not', () => {
    const marked = session.actions.filter((e) => 'byClock' in e.action && e.action.byClock);
    expect(marked.map((e) => [e.faction, e.action.type])).toEqual([
      ['belarus', 'orders.commit'], ['russia', 'orders.commit'], ['nato', 'orders.commit'],
      ...marked.slice(3).map((e) => [e.faction, e.action.type]),
    ]);
    expect(marked.some((e) => e.faction === 'belarus' && e.action.type === 'bargain.reject')).toBe(true);
    expect(session.actions.find((e) => e.action.type === 'bargain.offer')!.action).not.toHaveProperty('byClock');
  });

  it('are logged as the clock’s: the commits, the reveals and the answer, in words that say time ran out', () => {
    const reveals = turn1.filter((e) => e.kind === 'reveal');
    expect(reveals).toHaveLength(3);
    expect(reveals.map((e) => logSentence(e, scenario))).toEqual(['Belarus revealed no orders: time ran out', 'Russia revealed no orders: time ran out', 'NATO revealed no orders: time ran out']);
    expect(turn1.filter((e) => e.kind === 'committed').map((e) => logSentence(e, scenario))).toEqual(
      ['Belarus', 'Russia', 'NATO'].map((f) => `Time ran out for ${f}: the clock committed its orders`));
    const answer = view.log.findIndex((e) => e.kind === 'response');
    expect(view.log[answer]).toMatchObject({ accepted: false, byClock: true, cause: { faction: 'belarus' } });
    expect(bargainLine(view.log, answer, scenario)).toBe('Belarus did not answer Russia’s package “Cheaper gas for loyalty” in time: turned down when time ran out, so deadlock');
  });

  it('the summary says the clock, not Belarus, turned the offer down, with the deadlock’s cost', () => {
    const [fate] = offerFates(scenario, view.log, 1);
    const cost = describeEffects(scenario.tables.find((x) => x.id === 'russia-belarus')!.deadlock.effects);
    expect(fate).toMatchObject({ from: 'russia', by: 'belarus', outcome: 'rejected', byClock: true });
    expect(fateSentence(scenario, fate!, null)).toBe(`Belarus did not answer Russia’s offer “Cheaper gas for loyalty” in time: turned down when time ran out, so deadlock at the table Russia ↔ Belarus, which costs ${cost}.`);
    expect(fateSentence(scenario, fate!, 'russia')).toMatch(/^Belarus did not answer your offer .* in time: turned down when time ran out/);
  });

  it('the after-action report says so in the key decisions and in each turn’s orders, on screen and in the download', () => {
    const report = buildReport({ scenario, view, afterAction: null });
    expect(report.keyDecisions.filter((k) => k.includes('turned down when time ran out'))).toHaveLength(1);
    expect(report.keyDecisions.some((k) => /Belarus rejected/.test(k))).toBe(false);
    expect(report.turns[0]!.orders.map((o) => o.text)).toEqual(['no orders: time ran out', 'no orders: time ran out', 'no orders: time ran out']);
    expect(reportMarkdown(report)).toContain('- Belarus: no orders: time ran out');
  });

  it('change nothing else: the same moves unmarked reach the same game, and the save replays with its marks', () => {
    const rules = session.rules;
    let plain = rules.setup(21);
    for (const e of unmarked(session)) {
      const r = e.faction === 'facilitator' ? null : rules.apply(plain, e.faction, e.action);
      if (!r?.ok) throw new Error('an unmarked move did not apply');
      plain = r.state;
    }
    expect(plain.log.some((e) => 'byClock' in e)).toBe(false);
    expect(hashState(withoutMarks(session.state))).toBe(hashState(plain));

    const text = JSON.stringify(makeSave(rules, 21, session.actions));
    expect(text).toContain('"byClock":true');
    const parsed = parseSave(text);
    expect(parsed.ok).toBe(true);
    const again = replay(rules, parsed.ok ? parsed.save : (undefined as never));
    expect(again.ok && hashState(again.state)).toBe(hashState(session.state));
    // An older save (no marks) replays to the unmarked game, checkpoint hashes and all.
    const old = parseSave(JSON.stringify(makeSave(rules, 21, unmarked(session))));
    const oldAgain = replay(rules, old.ok ? old.save : (undefined as never));
    expect(oldAgain.ok && hashState(oldAgain.state)).toBe(hashState(plain));
  });

  it('is refused on a move the clock never makes, naming it', () => {
    const save = JSON.parse(JSON.stringify(makeSave(session.rules, 21, session.actions))) as { actions: SaveEntry[] };
    const offerAt = save.actions.findIndex((e) => e.action.type === 'bargain.offer');
    (save.actions[offerAt]!.action as Record<string, unknown>).byClock = true;
    const parsed = parseSave(JSON.stringify(save));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(new RegExp(`action ${offerAt + 1}\\b`));
  });
});
