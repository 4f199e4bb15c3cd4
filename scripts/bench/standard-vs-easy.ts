// Does a standard bot beat an easy one? Per scenario and faction, that seat standard and the other two easy, against
// that seat easy and the other two standard, `--games` games each from seed 1: prints each pair of win rates, then
// the means and in how many of the 15 seats standard did better. Run after any change to how the bots decide.
// Usage: tsx scripts/bench/standard-vs-easy.ts [--persona opportunist] [--games 40]
import { parseArgs } from 'node:util';
import { FACTIONS, rulesFor } from '../../game/rules';
import { loadScenario, scenarioIds } from '../scenario-files';
import { simulate } from '../simulate';

const { values } = parseArgs({ options: { persona: { type: 'string', default: 'opportunist' }, games: { type: 'string', default: '40' } } });
const { persona } = values;
const games = Number(values.games);
let standard = 0;
let easy = 0;
let ahead = 0;
let seats = 0;
for (const id of scenarioIds()) {
  const rules = rulesFor(loadScenario(id));
  for (const f of FACTIONS) {
    const s = simulate(rules, games, 1, `${f}=${persona}:standard,${persona}:easy`).winRates[f];
    const e = simulate(rules, games, 1, `${f}=${persona}:easy,${persona}:standard`).winRates[f];
    console.log(`${id} ${f}: standard ${s.toFixed(2)}, easy ${e.toFixed(2)}`);
    standard += s;
    easy += e;
    seats += 1;
    if (s > e) ahead += 1;
  }
}
console.log(JSON.stringify({ persona, games, standardMean: +(standard / seats).toFixed(3), easyMean: +(easy / seats).toFixed(3), standardAhead: `${ahead}/${seats}` }));
