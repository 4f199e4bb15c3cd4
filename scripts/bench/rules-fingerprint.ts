// Proves a rules change kept behaviour: plays seeded games per scenario with random play, the historical and the
// standard bots (and --expert games with one expert seat), and hashes every final state (hashState), action log and
// end view into one fingerprint per scenario. Run before and after a change; the output must be identical.
// Usage: tsx scripts/bench/rules-fingerprint.ts [--games 40] [--expert 2]
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { parseBots, seatPolicies } from '../../game/ai/bot-spec';
import { everyone, playGame, randomPolicy, type Policy } from '../../game/ai/play-game';
import { hashState, FACTIONS } from '../../game/rules';
import { rulesForScenario, scenarioIds } from '../scenario-files';

const { values } = parseArgs({ options: { games: { type: 'string', default: '40' }, expert: { type: 'string', default: '2' } } });
const games = Number(values.games);
const FACTION_ORDER = ['belarus', 'russia', 'nato'] as const;
for (const id of scenarioIds()) {
  const rules = rulesForScenario(id);
  const hash = createHash('sha256');
  for (let g = 0; g < games; g++) {
    const random = randomPolicy(g);
    // Random play ignores what it sees, so its views and legal lists are hashed at every step.
    const watched: Policy = (view, faction, legal) => { hash.update(JSON.stringify([view, legal])); return random(view, faction, legal); };
    const policies = [
      everyone(watched),
      seatPolicies(rules.scenario, parseBots('historical'), g),
      seatPolicies(rules.scenario, parseBots('opportunist:standard'), g),
    ];
    for (const p of policies) {
      const { state, actions } = playGame(rules, g, p);
      hash.update(hashState(state)).update(JSON.stringify(actions));
      // The views each faction saw at the end, and their legal lists, are part of the behaviour too.
      for (const f of FACTIONS) hash.update(JSON.stringify(rules.view(state, f)));
    }
  }
  // A few games with one expert seat: its search plays determinized states through the rules.
  for (let g = 0; g < Number(values.expert); g++) {
    const seats = parseBots(`${FACTION_ORDER[g % 3]}=hawk:expert,opportunist:standard`);
    const { state, actions } = playGame(rules, g, seatPolicies(rules.scenario, seats, g));
    hash.update(hashState(state)).update(JSON.stringify(actions));
  }
  console.log(id, hash.digest('hex').slice(0, 16));
}
