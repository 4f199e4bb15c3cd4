// Loading scenario files: a valid folder parses; each kind of broken file gets an error naming the file,
// the field and what was expected.
import { describe, expect, it } from 'vitest';
import { parseScenario, type Scenario } from '../../game/rules';
import { miniScenario } from './fixture';

/** Splits a scenario into the files of a scenario folder, as raw text. */
function toFiles(s: Scenario): Record<string, unknown> {
  const { cards, events, deals, terms, tables, objectives, endStates, history, map, ...meta } = s;
  // A preset's binding flag and effects are derived from its terms on loading, not written in deals.json.
  const presets = deals.map(({ binding: _b, onAccept: _a, onReject: _r, ...file }) => file);
  return {
    'scenario.json': meta, 'cards.json': cards, 'events.json': events, 'deals.json': presets, 'terms.json': terms, 'tables.json': tables,
    'victory.json': { objectives, endStates }, 'history.json': history, 'map.json': map,
  };
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
    ['a dangling decision state', (f: any) => { f['terms.json'][1].requires[0].in = ['heaven']; }, { file: 'scenarios/mini/terms.json', field: '[1].requires[0].in[0]' }, /packageDeal/],
    ['a track the scenario does not model', (f: any) => { f['cards.json'][1].effects[0].track = 'a2ad'; }, { file: 'scenarios/mini/cards.json', field: '[1].effects[0].track' }, /scenario\.json "tracks"/],
    ['a repeated id', (f: any) => { f['cards.json'][1].id = f['cards.json'][0].id; }, { file: 'scenarios/mini/cards.json', field: '[1].id' }, /repeated/],
    ['a history ending that is not an end state', (f: any) => { f['history.json'].endState = 'westernPivot'; }, { file: 'scenarios/mini/history.json', field: 'endState' }, /statusQuoMarketization/],
    ['no way for the game to end', (f: any) => { f['victory.json'].endStates = f['victory.json'].endStates.filter((e: any) => e.check !== 'final'); }, { file: 'scenarios/mini/victory.json', field: 'endStates' }, /every game ends/],
    ['an unknown key', (f: any) => { f['deals.json'][0].price = 3; }, { file: 'scenarios/mini/deals.json', field: '[0]' }, /price/],
    ['a preset across a table that does not exist', (f: any) => { f['tables.json'].splice(1, 1); f['deals.json'][3].from = 'nato'; }, { file: 'scenarios/mini/deals.json', field: '[3].from' }, /russia ↔ belarus/],
    ['a preset giving a term its offerer does not own', (f: any) => { f['deals.json'][0].give = ['by-loyalty']; }, { file: 'scenarios/mini/deals.json', field: '[0].give[0]' }, /owned by russia/],
    ['a preset promising a term to a side it is not for', (f: any) => { f['terms.json'][5].to = ['nato']; }, { file: 'scenarios/mini/deals.json', field: '[2].ask[0]' }, /may be promised to russia \("by-loyalty" is for nato only\)/],
    ['a preset naming an unknown term', (f: any) => { f['deals.json'][0].ask = ['by-moon']; }, { file: 'scenarios/mini/deals.json', field: '[0].ask[0]' }, /term of terms\.json/],
    ['a term of an unknown category', (f: any) => { f['terms.json'][0].category = 'love'; }, { file: 'scenarios/mini/terms.json', field: '[0].category' }, /energy/],
    ['a term broken by another faction\'s card', (f: any) => { f['terms.json'][0].breaches = ['by-bluff']; }, { file: 'scenarios/mini/terms.json', field: '[0].breaches[0]' }, /order card of russia/],
    ['a table opened by an outsider', (f: any) => { f['tables.json'][0].opener = 'nato'; }, { file: 'scenarios/mini/tables.json', field: '[0].opener' }, /one of the table's parties/],
    ['a blackmail odds track the scenario does not model', (f: any) => { f['tables.json'][0].blackmail.threats[0].modifiers[0].track = 'a2ad'; }, { file: 'scenarios/mini/tables.json', field: '[0].blackmail.threats[0].modifiers[0].track' }, /scenario\.json "tracks"/],
    ['a missing tables file', (f: any) => { delete f['tables.json']; }, { file: 'scenarios/mini/tables.json', field: '(whole file)' }, /present/],
  ])('names the file and field for %s', (_name, mutate, where, expected) => {
    const errors = broken(mutate);
    const hit = errors.find((e) => e.file === where.file && e.field === where.field);
    expect(hit, JSON.stringify(errors)).toBeDefined();
    expect(hit!.expected).toMatch(expected);
  });
});
