// Loading scenario files: a valid folder parses; each kind of broken file gets an error naming the file,
// the field and what was expected.
import { describe, expect, it } from 'vitest';
import { parseScenario, type Scenario } from '../../game/rules';
import { miniScenario } from './fixture';

/** Splits a scenario into the files of a scenario folder, as raw text. */
function toFiles(s: Scenario): Record<string, unknown> {
  const { cards, events, deals, objectives, endStates, history, map, ...meta } = s;
  return { 'scenario.json': meta, 'cards.json': cards, 'events.json': events, 'deals.json': deals, 'victory.json': { objectives, endStates }, 'history.json': history, 'map.json': map };
}
const text = (files: Record<string, unknown>) => Object.fromEntries(Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
const parse = (files: Record<string, unknown>) => parseScenario('scenarios/mini', text(files));

function broken(mutate: (f: Record<string, any>) => void) {
  const files = structuredClone(toFiles(miniScenario())) as Record<string, any>;
  mutate(files);
  const r = parse(files);
  if (r.ok) throw new Error('expected the broken scenario to be refused');
  return r.errors;
}

describe('parseScenario', () => {
  it('accepts a valid folder and rebuilds the scenario', () => {
    const r = parse(toFiles(miniScenario()));
    expect(r.ok && r.scenario).toEqual(miniScenario());
  });

  it.each([
    ['a missing file', (f: any) => { delete f['deals.json']; }, { file: 'scenarios/mini/deals.json', field: '(whole file)' }, /present/],
    ['malformed JSON', (f: any) => { f['events.json'] = '[{"id": '; }, { file: 'scenarios/mini/events.json', field: '(whole file)' }, /valid JSON/],
    ['a missing field', (f: any) => { delete f['cards.json'][2].cost; }, { file: 'scenarios/mini/cards.json', field: '[2].cost' }, /number/],
    ['a wrong type', (f: any) => { f['scenario.json'].turns = 'six'; }, { file: 'scenarios/mini/scenario.json', field: 'turns' }, /number/],
    ['a card with no citation', (f: any) => { f['cards.json'][0].source = { cite: [] }; }, { file: 'scenarios/mini/cards.json', field: '[0].source' }, /citation|extrapolation/],
    ['an unknown section cited', (f: any) => { f['events.json'][1].source = { cite: ['chapter-99'] }; }, { file: 'scenarios/mini/events.json', field: '[1].source.cite[0]' }, /introduction/],
    ['an unknown end state', (f: any) => { f['victory.json'].endStates[0].id = 'utopia'; }, { file: 'scenarios/mini/victory.json', field: 'endStates[0].id' }, /absorption/],
    ['a dangling decision event', (f: any) => { f['cards.json'][0].effects[0].event = 'roadmap32.sign'; }, { file: 'scenarios/mini/cards.json', field: '[0].effects[0].event' }, /roadmap31\.accept/],
    ['a dangling decision state', (f: any) => { f['deals.json'][0].requires[0].in = ['heaven']; }, { file: 'scenarios/mini/deals.json', field: '[0].requires[0].in[0]' }, /packageDeal/],
    ['a track the scenario does not model', (f: any) => { f['cards.json'][1].effects[0].track = 'a2ad'; }, { file: 'scenarios/mini/cards.json', field: '[1].effects[0].track' }, /scenario\.json "tracks"/],
    ['a repeated id', (f: any) => { f['cards.json'][1].id = f['cards.json'][0].id; }, { file: 'scenarios/mini/cards.json', field: '[1].id' }, /repeated/],
    ['a history ending that is not an end state', (f: any) => { f['history.json'].endState = 'westernPivot'; }, { file: 'scenarios/mini/history.json', field: 'endState' }, /statusQuoMarketization/],
    ['no way for the game to end', (f: any) => { f['victory.json'].endStates = f['victory.json'].endStates.filter((e: any) => e.check !== 'final'); }, { file: 'scenarios/mini/victory.json', field: 'endStates' }, /every game ends/],
    ['an unknown key', (f: any) => { f['deals.json'][0].price = 3; }, { file: 'scenarios/mini/deals.json', field: '[0]' }, /price/],
    ['a deal across a table that does not exist', (f: any) => { f['deals.json'][0].from = 'belarus'; f['deals.json'][0].to = 'nato'; }, { file: 'scenarios/mini/deals.json', field: '[0].from' }, /russia → belarus/],
  ])('names the file and field for %s', (_name, mutate, where, expected) => {
    const errors = broken(mutate);
    const hit = errors.find((e) => e.file === where.file && e.field === where.field);
    expect(hit, JSON.stringify(errors)).toBeDefined();
    expect(hit!.expected).toMatch(expected);
  });
});
