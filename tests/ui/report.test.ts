// The after-action report model and its Markdown, from real headless games of every scenario: the end state's
// conditions all hold and each names what made it true, every turn is reported with its revealed orders, and the
// download carries every section, every debrief question and a replayable action log.
import { describe, expect, it } from 'vitest';
import { describeDecision, hashState, parseSave, replay, rulesFor, type Condition, type LogEntry } from '../../game/rules';
import { afterActionOf } from '../../game/app/after-action';
import { actWhiteCell } from '../../game/app/facilitator/white-cell';
import type { Session } from '../../game/app/session';
import { everyone, playGame, randomPolicy } from '../../game/ai/play-game';
import { holds } from '../../game/rules/conditions';
import { t } from '../../game/ui/messages';
import { buildReport } from '../../game/ui/report/report-model';
import { reportMarkdown } from '../../game/ui/report/report-markdown';
import { chainText } from '../../game/ui/explain/why';
import { trackName } from '../../game/ui/format/names';
import { loadScenario, scenarioIds } from '../../scripts/scenario-files';
import { finishedGame } from './games';

describe.each(scenarioIds())('the after-action report of a finished game of %s', (id) => {
  const game = finishedGame(id, 21);
  const { scenario, view, afterAction, session } = game;
  const report = buildReport({ scenario, view, afterAction });
  const end = scenario.endStates.find((e) => e.id === view.outcome!.endState)!;

  it('explains the end state: each trigger condition holds and names the tracks or decisions behind it', () => {
    expect(report.endState.title).toBe(end.title);
    expect(report.causes.length).toBe(end.trigger.length);
    for (const c of report.causes) {
      expect(c.holds).toBe(true);
      expect(c.text.length).toBeGreaterThan(0);
    }
    const facts = report.causes.flatMap((c) => c.facts);
    const testsState = end.trigger.some((c) => !('turn' in c));
    if (testsState) expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) for (const chain of f.chains) expect(chain.rule.length).toBeGreaterThan(0);
  });

  it('gives as the cause of a condition on a track only moves that took the track its way', () => {
    for (const [i, { condition }] of afterAction.trigger.entries()) {
      if (!('track' in condition) || (condition.min === undefined) === (condition.max === undefined)) continue;
      const way = condition.min !== undefined ? ' rose from ' : ' fell from ';
      for (const chain of report.causes[i]!.facts[0]!.chains) expect(chain.rule.some((link) => link.includes(way)), chain.rule.join(' → ')).toBe(true);
    }
  });

  it('labels the seed and the rules version as the record of this game, which the downloaded action log replays', () => {
    const { save } = afterAction!;
    expect(report.replay!.code).toBe(`seed ${save.seed}, rules version ${save.rulesVersion}, ${save.actions.length} moves`);
    expect(report.replay!.help).toMatch(/Nothing to type in.*action log \(JSON\) replays it/);
    expect(reportMarkdown(report)).toContain(`**Game record:** seed ${save.seed}, rules version ${save.rulesVersion}`);
  });

  it('tells the entrapment dial\'s path and the bargaining of this game, and the chain behind a default ending only', () => {
    const dial = view.trackHistory.map((h) => h.allianceCommitment).join(' → ');
    expect(report.story.dial[0]).toContain(`the entrapment dial, went ${dial} and ended at ${view.tracks.allianceCommitment}`);
    expect(report.story.bargaining.length).toBeGreaterThan(1);
    expect(report.decisive.length > 0).toBe(end.trigger.length === 0);
  });

  it('says the end state was reached, not imposed', () => {
    expect(report.imposed).toBeNull();
    expect(report.endState.when).toMatch(/^Reached in turn/);
  });

  it('says why the game did not end otherwise: the closest endings, each with conditions that fail at the end', () => {
    const others = scenario.endStates.filter((e) => e !== end && e.trigger.length > 0);
    expect(report.nearMisses.length).toBe(Math.min(3, afterAction!.missed.length));
    for (const m of afterAction!.missed) {
      const other = others.find((e) => e.id === m.endState)!;
      expect(m.unmet.length).toBeGreaterThan(0);
      for (const c of m.unmet) expect(holds(session.state, [c])).toBe(false);
      for (const c of other.trigger.filter((x) => !m.unmet.includes(x))) expect(holds(session.state, [c])).toBe(true);
    }
    const fewest = Math.min(...afterAction!.missed.map((m) => m.unmet.length));
    if (report.nearMisses.length) expect(report.nearMisses[0]!.unmet.length).toBe(fewest);
    expect(reportMarkdown(report).includes(t('report.nearMisses'))).toBe(report.nearMisses.length > 0);
  });

  it('reports every turn played, with each faction\'s revealed orders, and the key decisions in order', () => {
    const lastTurn = Math.max(...view.log.map((e) => e.turn));
    expect(report.turns.map((t) => t.turn)).toEqual(Array.from({ length: lastTurn }, (_, i) => i + 1));
    const reveals = view.log.filter((e) => e.kind === 'reveal');
    expect(report.turns.reduce((n, t) => n + t.orders.length, 0)).toBe(reveals.length);
    const moves = view.log.filter((e) => e.kind === 'decision' && e.from !== e.to).length;
    const turningPoints = view.log.filter((e) => ['response', 'blackmail', 'call', 'breach'].includes(e.kind)
      || (e.kind === 'threat' && e.outcome === 'carried-out')).length;
    expect(report.keyDecisions.length).toBe(moves + turningPoints);
  });

  it('names deals, terms, tables and threats in words, never by their ids', () => {
    const ids = [...scenario.terms, ...scenario.deals, ...scenario.tables].map((x) => x.id);
    const lines = [...report.keyDecisions, ...report.turns.flatMap((t) => t.bargaining)];
    expect(report.turns.flatMap((t) => t.bargaining).length).toBe(view.log.filter((e) => ['offer', 'response', 'threat', 'stall', 'voided', 'deadlock', 'blackmail', 'call', 'breach', 'credibility'].includes(e.kind)).length);
    for (const line of lines) for (const id of ids) expect(line, line).not.toMatch(new RegExp(`(^|[^\\w-])${id}([^\\w-]|$)`));
  });

  it('charts every track that moved, from the start to the last turn', () => {
    for (const s of report.series) {
      expect(s.values.length).toBe(view.trackHistory.length);
      expect(new Set(s.values).size).toBeGreaterThan(1);
    }
  });

  it('writes Markdown with every section, the end state, every turn, the chart table and every debrief question', () => {
    const md = reportMarkdown(report);
    const lines = md.split('\n');
    for (const heading of ['# After-action report', '## The end state', '## Victory points', '## How it came to this', '## Key decisions', '## The tracks over the game', '## Turn by turn', '## What happened in history', '## Debrief questions']) {
      expect(lines.some((l) => l === heading || l.startsWith(`${heading}:`)), heading).toBe(true);
    }
    expect(md).toContain(end.title);
    for (const t of report.turns) expect(md).toContain(`### ${t.heading}`);
    for (const s of report.series) expect(md).toContain(`| ${s.name} | ${s.values.join(' | ')} |`);
    scenario.debrief.forEach((q, i) => expect(md).toContain(`${i + 1}. ${q}`));
    for (const k of report.keyDecisions) expect(md).toContain(`- ${k}`);
    // Each total is explained as on screen: the end state's points, then the objectives met.
    for (const s of report.scores) if (s.fromEndState !== null) expect(md).toContain(`- **${s.name}**: ${s.vp}${s.winner ? ' ★' : ''}\n  - ${t('result.endStatePoints', { vp: s.fromEndState })}`);
  });

  it('exports the action log as a save that replays to the same final state', () => {
    const parsed = parseSave(JSON.stringify(afterAction.save));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const replayed = replay(session.rules, parsed.save);
    expect(replayed.ok).toBe(true);
    expect(hashState(replayed.state)).toBe(hashState(session.state));
  });
});

describe('a default ending, told by what the class did (Ultimatum, seed 21: no other end state reached)', () => {
  const { scenario, view, afterAction } = finishedGame('ultimatum', 21);
  const report = buildReport({ scenario, view, afterAction });
  const facts = report.decisive.map((f) => f.text);

  it('is the default ending, and says so', () => {
    expect(scenario.endStates.find((e) => e.id === view.outcome!.endState)!.trigger).toEqual([]);
    expect(report.causes).toEqual([]);
    expect(report.causesIntro).toBe(t('report.causes.default'));
  });

  it('names where each decision point and track the closest other endings needed ended, with the moves that kept it away', () => {
    expect(facts[0]).toMatch(/^Integration ended in “.+”, short of “Supranational Union State”, which needed Integration at “Supranational bodies \(absorption\)”$/);
    expect(report.decisive[0]!.chains.map((c) => c.rule[0])).toEqual([
      'Integration: Marketization: back to square one → Medvedev’s ultimatum (the ultimatum is issued)',
      'Integration: Medvedev’s ultimatum → Marketization: back to square one (integration is refused)',
    ]);
    // "At most 0" was kept off by rises, "at least 7" by falls.
    const regime = report.decisive.find((f) => f.text.startsWith('Regime stability went from 6 to 4, short of “The regime loses its grip”'))!;
    const commitment = report.decisive.find((f) => f.text.startsWith('Alliance commitment went from 5 to 4, short of “Finlandization”'))!;
    expect(regime.chains.length).toBeGreaterThan(0);
    expect(regime.chains.every((c) => c.rule.some((link) => /^Regime stability rose from/.test(link)))).toBe(true);
    expect(commitment.chains.every((c) => c.rule.some((link) => /^Alliance commitment fell from/.test(link)))).toBe(true);
  });

  it('then the tracks of the objectives that won the winners their points, with the moves that met them', () => {
    const winner = view.outcome!.winners[0]!;
    const met = scenario.objectives.filter((o) => view.outcome!.met[winner]!.includes(o.id));
    const tracks = new Set(met.flatMap((o) => o.condition.flatMap((c) => ('track' in c ? [c.track] : []))));
    for (const track of tracks) expect(facts.some((f) => f.startsWith(trackName(track))), track).toBe(true);
    expect(facts).toContain('Alliance cohesion went from 6 to 8, which met NATO’s objective: Alliance cohesion at least 6 (+2)');
    // Each told once.
    expect(new Set(facts.map((f) => f.split(/ went | stayed | ended /)[0])).size).toBe(facts.length);
  });

  it('tells entrapment and bargaining in this game: the dial, the deals, what the deals with NATO did, the threats', () => {
    const story = [...report.story.dial, ...report.story.bargaining].join(' ');
    const dial = view.trackHistory.map((h) => h.allianceCommitment).join(' → ');
    expect(story).toContain(`Belarus’ commitment to Russia, the entrapment dial, went ${dial} and ended at 4, between abandonment and entrapment.`);
    expect(story).toContain('At the table “NATO ↔ Belarus”: 2 deals (turn 1 “Normalisation for neutrality”, turn 4 “Minsk hosts ‘Helsinki-2’”); 2 offers refused; stalled once.');
    expect(story).toContain('What Belarus’ deals with NATO did to its dependence on Moscow (Alliance commitment and Russian leverage): turn 1 “Normalisation for neutrality”: Alliance commitment 5 → 4; turn 4 “Minsk hosts ‘Helsinki-2’”: no change.');
    expect(story).toContain('Belarus threatened to defect 4 times: Russia gave in (turns 1 and 3); Russia called the bluff and the threat failed (turns 2 and 4).');
    expect(story).toContain('Russia broke its promise “Oil and gas at a brotherly price” in turn 4.');
    expect(report.story.source.cite).toEqual(['securityDilemma', 'belarusianVulnerabilities', 'natoDilemmas']);
  });

  it('writes all of it into the Markdown, each fact with its chains', () => {
    const md = reportMarkdown(report);
    const causes = md.slice(md.indexOf('## How it came to this'), md.indexOf('## Key decisions'));
    for (const f of report.decisive) {
      expect(causes).toContain(`- ${f.text}`);
      for (const chain of f.chains) expect(causes).toContain(`  - ${chainText(chain)}`);
    }
    expect(causes).toContain(`### ${t('report.story.title')}\n\n${report.story.dial.join(' ')}\n\n${report.story.bargaining.join(' ')}`);
    expect(causes).toContain(`${t('report.story.paper')} _Paper: Myth #1 > Belarus' security dilemma and entrapment; Realities > Belarusian vulnerabilities; Realities > NATO's dilemmas_`);
  });
});

describe('the causes of a condition', () => {
  // Suwałki, seed 11: "Alliance commitment at least 6" held at 6, and the last move of the track was a fall from 8
  // to 6, which the report gave as its cause. Here the same story is told by two moves at the end of a real game.
  const { scenario, view, afterAction } = finishedGame('suwalki', 11);
  const last = view.log.at(-1)!;
  const move = (from: number, to: number, card: string): LogEntry => ({
    kind: 'track', track: 'allianceCommitment', from, to, seq: last.seq + 1, turn: last.turn,
    cause: { kind: 'order', id: card, faction: 'belarus' }, source: { cite: ['securityDilemma'] }, visibleTo: 'all',
  });
  const [up, down] = scenario.cards.filter((c) => c.faction === 'belarus');
  const told = { ...view, tracks: { ...view.tracks, allianceCommitment: 6 }, log: [...view.log, move(5, 8, up!.id), move(8, 6, down!.id)] };
  const causesOf = (condition: Condition) =>
    buildReport({ scenario, view: told, afterAction: { ...afterAction, trigger: [{ condition, holds: true }] } }).causes[0]!.facts[0]!.chains;

  it('are the moves that took the track towards it, never one that took it away', () => {
    const [cause] = causesOf({ track: 'allianceCommitment', min: 6 });
    expect(cause!.cause).toContain(up!.title);
    expect(cause!.rule).toContain('Alliance commitment rose from 5 to 8');
    expect(causesOf({ track: 'allianceCommitment', min: 6 }).every((c) => c.rule.every((link) => !link.includes('fell from')))).toBe(true);
  });

  it('under "at most" or "not", are the falls', () => {
    for (const condition of [{ track: 'allianceCommitment', max: 6 }, { not: [{ track: 'allianceCommitment', min: 7 }] }] as Condition[]) {
      const [cause] = causesOf(condition);
      expect(cause!.cause).toContain(down!.title);
      expect(causesOf(condition).every((c) => c.rule.every((link) => !link.includes('rose from')))).toBe(true);
    }
  });
});

describe('the White Cell in the after-action report', () => {
  it('says at the top that the White Cell imposed an ending, with its reason, and that its conditions were not reached', () => {
    const scenario = loadScenario('airbase');
    const rules = rulesFor(scenario);
    const start: Session = { rules, seed: 4, state: rules.setup(4), actions: [], checkpoints: [], graphs: scenario.decisions.map(describeDecision) };
    const reason = 'Out of class time: end here for the debrief';
    const ended = actWhiteCell(start, { type: 'override.outcome', endState: 'crimeanTakeover', reason }, start.state.seq);
    if (!ended.ok) throw new Error(ended.error.message);
    const session = ended.session;
    const report = buildReport({ scenario, view: rules.view(session.state, 'public'), afterAction: afterActionOf(session) });
    expect(report.imposed).toEqual({ reason });
    expect(report.endState.when).toMatch(/^Ended by the White Cell in turn 1/);
    expect(report.causes.some((c) => c.holds === false)).toBe(true);
    expect(report.causesIntro).toBe(t('report.causes.imposed'));
    expect(report.causesIntro).not.toBe(t('report.causes.intro'));
    const md = reportMarkdown(report);
    expect(md.indexOf(reason)).toBeLessThan(md.indexOf(`## ${t('report.causes')}`));
    expect(md).toContain(`${t('report.causes.imposed')}`);
  });

  it('lists an inject and an override with its written reason among the key decisions, in its turn and in the Markdown', () => {
    const scenario = loadScenario('ultimatum');
    const rules = rulesFor(scenario);
    let session: Session = { rules, seed: 4, state: rules.setup(4), actions: [], checkpoints: [], graphs: scenario.decisions.map(describeDecision) };
    for (const action of [
      { type: 'inject.custom', title: 'A leaked memo', text: 'Minsk hears of a plan for the 31st roadmap.' },
      { type: 'override', track: 'economy', value: 2, reason: 'The class decided the IMF loan fell through' },
    ] as const) {
      const r = actWhiteCell(session, action, session.state.seq);
      if (!r.ok) throw new Error(r.error.message);
      session = r.session;
    }
    const played = playGame(rules, 4, everyone(randomPolicy(4)), 1000, session.state);
    session = { ...session, state: played.state, actions: [...session.actions, ...played.actions] };
    const view = rules.view(session.state, 'public');
    const report = buildReport({ scenario, view, afterAction: afterActionOf(session) });
    const reason = 'The class decided the IMF loan fell through';
    expect(report.keyDecisions.filter((line) => line.includes(reason) || line.includes('A leaked memo'))).toHaveLength(2);
    expect(report.turns[0]!.whiteCell.some((line) => line.includes(reason))).toBe(true);
    expect(reportMarkdown(report)).toContain(reason);
  });
});
