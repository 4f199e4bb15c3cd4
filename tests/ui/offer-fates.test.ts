// What became of an offer while its maker was away from the table. The student's walk-through: Belarus (a person)
// offers Moscow a package, the Russian bot stalls it, and at the next sitting rejects it and the table closes before
// Belarus is at the device again. The answer must reach Belarus in words, with the bot's reason.
import { describe, expect, it } from 'vitest';
import { decide } from '../../game/ai/bot';
import { rulesFor, type Action, type Faction, type GameState, type LogEntry } from '../../game/rules';
import { bargainSentence } from '../../game/ui/format/bargain-log';
import { fateReason, fateSentence, offerFates } from '../../game/ui/format/offer-fates';
import { describeEffects } from '../../game/ui/format/effects';
import { deadlockText } from '../../game/ui/panels/bargaining';
import { loadScenario } from '../../scripts/scenario-files';

const scenario = loadScenario('airbase');
const rules = rulesFor(scenario);

/** Airbase, solo as Belarus against the app's default bots (historical, standard, seeded by the game's seed): Belarus
 *  holds its orders, offers Moscow its first package when it may, and passes or refuses elsewhere. */
function play(seed: number, turns: number) {
  let s: GameState = rules.setup(seed);
  const moves: { seq: number; faction: Faction; reason: string | null }[] = [];
  while (!rules.isOver(s) && s.turn <= turns) {
    const faction = rules.activeFactions(s)[0]!;
    const legal = rules.legalActions(s, faction);
    const view = rules.view(s, faction);
    let action: Action;
    if (faction !== 'belarus') {
      const d = decide(scenario, view, faction, legal, { persona: 'historical', difficulty: 'standard', seed });
      moves.push({ seq: view.seq, faction, reason: d.reason });
      action = d.action;
    } else if (view.phase === 'orders') action = { type: 'orders.commit', cards: [] };
    else if (view.negotiation.table?.id === 'russia-belarus' && legal.some((a) => a.type === 'bargain.offer')) action = legal.find((a) => a.type === 'bargain.offer')!;
    else action = legal.find((a) => a.type === 'bargain.pass') ?? legal.find((a) => a.type === 'bargain.reject')!;
    const r = rules.apply(s, faction, action);
    if (!r.ok) throw new Error(r.error.message);
    s = r.state;
  }
  return { view: rules.view(s, 'belarus'), moves };
}

describe('what became of an offer made at a table its maker then left', () => {
  const { view, moves } = play(1, 2);
  const deadlock = describeEffects(scenario.tables.find((x) => x.id === 'russia-belarus')!.deadlock.effects);

  it('a stall says the offer comes back, and whose answer it awaits', () => {
    const [fate, ...rest] = offerFates(scenario, view.log, 1).filter((f) => f.table === 'russia-belarus');
    expect(rest).toEqual([]);
    expect(fate).toMatchObject({ from: 'belarus', by: 'russia', outcome: 'stalled', resumed: false });
    expect(fateSentence(scenario, fate!, 'belarus')).toBe(`Russia stalled your offer ${fate!.package}: it comes back at the next sitting of the table Russia ↔ Belarus, where Russia must answer it.`);
    expect(fateReason(fate!, moves)).toMatch(/^Russia stalls Belarus’ offer until the next sitting: /);
  });

  it('the stalled offer turned down at the next sitting says so to Belarus, with the deadlock, its cost and the bot’s reason', () => {
    const offered = offerFates(scenario, view.log, 1)[0]!;
    const [fate] = offerFates(scenario, view.log, 2).filter((f) => f.table === 'russia-belarus');
    expect(fate).toMatchObject({ from: 'belarus', by: 'russia', outcome: 'rejected', resumed: true, package: offered.package });
    expect(fateSentence(scenario, fate!, 'belarus')).toBe(`Russia turned down your offer ${offered.package} (stalled last turn): deadlock at the table Russia ↔ Belarus, which costs ${deadlock}.`);
    // The room (the summary of a game with several teams at the device) reads whose offer it was.
    expect(fateSentence(scenario, fate!, null)).toBe(`Russia turned down Belarus’ offer ${offered.package} (stalled last turn): deadlock at the table Russia ↔ Belarus, which costs ${deadlock}.`);
    expect(fateReason(fate!, moves)).toMatch(/^Russia rejects /);
    // A person's answer has no reason to show.
    expect(fateReason(fate!, moves.filter((m) => m.faction !== 'russia'))).toBeNull();
  });

  it('a stalled offer that could not come back says why, and that nobody answered it (no bot reason is borrowed)', () => {
    const base = view.log.find((e) => e.kind === 'stall')!;
    const voided = { ...base, kind: 'voided', seq: base.seq + 5, turn: 2, deal: '', give: ['by-public-loyalty'], ask: ['ru-energy-discount'], why: '“Loyalty” is already in the ledger.', cause: { kind: 'deal', id: 'russia-belarus', faction: 'belarus' } } as LogEntry;
    const [fate] = offerFates(scenario, [voided], 2);
    expect(fate).toMatchObject({ from: 'belarus', by: 'russia', outcome: 'voided', resumed: true, package: '“Stand with Moscow in public” ⇄ “Oil and gas at a brotherly price”' });
    expect(fateSentence(scenario, fate!, 'belarus')).toBe(`Your offer ${fate!.package}, stalled last turn, could not come back to the table Russia ↔ Belarus, so nobody answered it: “Loyalty” is already in the ledger.`);
    expect(fateReason(fate!, [{ seq: voided.seq - 1, faction: 'russia', reason: 'an unrelated move' }])).toBeNull();
    expect(bargainSentence(voided as Extract<LogEntry, { kind: 'voided' }>, scenario)).toBe(`Belarus’ stalled offer ${fate!.package} could not come back to the table Russia ↔ Belarus: “Loyalty” is already in the ledger.`);
  });

  it('a deadlock that changes nothing (NATO ↔ Russia) is said to cost nothing, not to cost “no change”', () => {
    const table = scenario.tables.find((x) => x.id === 'nato-russia')!;
    expect(table.deadlock.effects).toEqual([]);
    const base = view.log.find((e) => e.kind === 'stall')!;
    const offer = { ...base, kind: 'offer', seq: 900, turn: 3, table: 'nato-russia', deal: 'nato-ru-restraint', give: ['nato-restraint-statement'], ask: ['ru-restraint-statement'], cause: { kind: 'deal', id: 'nato-russia', faction: 'nato' } } as unknown as LogEntry;
    const answer = { ...base, kind: 'response', seq: 901, turn: 3, table: 'nato-russia', accepted: false, cause: { kind: 'deal', id: 'nato-russia', faction: 'russia' } } as unknown as LogEntry;
    const [fate] = offerFates(scenario, [offer, answer], 3);
    expect(fate).toMatchObject({ from: 'nato', by: 'russia', outcome: 'rejected', package: '“Mutual statements of restraint”' });
    expect(fateSentence(scenario, fate!, 'nato')).toBe(`Russia turned down your offer ${fate!.package}: deadlock at the table NATO ↔ Russia: signals, which costs nothing.`);
    expect(fateSentence(scenario, fate!, null)).toBe(`Russia turned down NATO’s offer ${fate!.package}: deadlock at the table NATO ↔ Russia: signals, which costs nothing.`);
    // The answer's buttons say what rejecting costs in the table's own words, with no "(no change)" after them.
    expect(deadlockText(table)).toBe('No agreement: each side\'s signals stand as they were.');
    const costly = scenario.tables.find((x) => x.id === 'russia-belarus')!;
    expect(deadlockText(costly)).toBe(`${costly.deadlock.text} (${deadlock})`);
  });
});
