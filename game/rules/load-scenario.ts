// Loads a scenario folder's JSON files: schema per file, then cross-references. Every problem is reported
// as { file, field, expected } so an author (or the error screen) can find and fix it.
import type { z } from 'zod';
import { DECISION_MACHINES } from './decisions';
import { OPTIONAL_SCENARIO_FILES, SCENARIO_FILES, type OptionalScenarioFileName, type ScenarioFileName } from './scenario-schema';
import { derivePresets, type PresetFile } from './bargaining/catalogue';
import type { Condition, DecisionId, Effect, LearningCheck, Scenario, TrackId } from './types';

export interface ScenarioIssue { file: string; field: string; expected: string }
export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioIssue[] };

export function parseScenario(folder: string, files: Record<string, string>): ParseResult {
  const errors: ScenarioIssue[] = [];
  const parsed: Partial<Record<ScenarioFileName | OptionalScenarioFileName, unknown>> = {};
  const schemas = [
    ...Object.entries(SCENARIO_FILES).map(([name, schema]) => ({ name, schema, required: true })),
    ...Object.entries(OPTIONAL_SCENARIO_FILES).map(([name, schema]) => ({ name, schema, required: false })),
  ] as { name: ScenarioFileName | OptionalScenarioFileName; schema: z.ZodType; required: boolean }[];
  for (const { name, schema, required } of schemas) {
    const file = `${folder}/${name}`;
    const raw = files[name];
    if (raw === undefined) {
      if (required) errors.push({ file, field: '(whole file)', expected: 'this file to be present in the scenario folder' });
      continue;
    }
    let json: unknown;
    try { json = JSON.parse(raw); } catch (e) {
      errors.push({ file, field: '(whole file)', expected: `valid JSON (${(e as Error).message})` });
      continue;
    }
    const result = schema.safeParse(json);
    if (result.success) parsed[name] = result.data;
    else for (const issue of result.error.issues) errors.push({ file, field: fieldPath(issue.path), expected: describe(issue) });
  }
  if (errors.length) return { ok: false, errors };

  const meta = parsed['scenario.json'] as z.infer<(typeof SCENARIO_FILES)['scenario.json']>;
  const victory = parsed['victory.json'] as Pick<Scenario, 'objectives' | 'endStates'>;
  const scenario: Scenario = {
    ...meta,
    cards: parsed['cards.json'] as Scenario['cards'],
    events: parsed['events.json'] as Scenario['events'],
    deals: derivePresets(parsed['terms.json'] as Scenario['terms'], parsed['deals.json'] as PresetFile[]),
    terms: parsed['terms.json'] as Scenario['terms'],
    tables: parsed['tables.json'] as Scenario['tables'],
    objectives: victory.objectives,
    endStates: victory.endStates,
    history: parsed['history.json'] as Scenario['history'],
    map: parsed['map.json'] as Scenario['map'],
    ...(parsed['learning.json'] ? { learning: parsed['learning.json'] as LearningCheck } : {}),
  };
  const issues = crossCheck(folder, scenario);
  return issues.length ? { ok: false, errors: issues } : { ok: true, scenario };
}

function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(whole file)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `no unknown keys (found ${issue.keys.join(', ')})`;
  return issue.message.replace(/^Invalid input: /, '');
}

/** Names of a statechart's states as the rules print them ("roadmap31", "bargaining.russia.offer"). */
function stateNames(id: DecisionId): Set<string> {
  const names = new Set<string>();
  const walk = (node: { path: string[]; states: Record<string, unknown> }) => {
    if (node.path.length) names.add(node.path.join('.'));
    for (const child of Object.values(node.states)) walk(child as typeof node);
  };
  walk(DECISION_MACHINES[id].root as never);
  return names;
}

function crossCheck(folder: string, s: Scenario): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  const at = (file: string, field: string, expected: string) => out.push({ file: `${folder}/${file}`, field, expected });
  const tracks = Object.keys(s.tracks) as TrackId[];
  const trackOk = (file: string, field: string, t: TrackId) => {
    if (!tracks.includes(t)) at(file, field, `a track listed in scenario.json "tracks" (${tracks.join(', ')}), not "${t}"`);
  };
  const decisionOk = (file: string, field: string, d: DecisionId) => {
    if (!s.decisions.includes(d)) at(file, field, `a decision point listed in scenario.json "decisions" (${s.decisions.join(', ')}), not "${d}"`);
  };
  const conditionsOk = (file: string, field: string, cs: readonly Condition[] | undefined): void => (cs ?? []).forEach((c, i) => {
    const f = `${field}[${i}]`;
    if ('any' in c) conditionsOk(file, `${f}.any`, c.any);
    else if ('not' in c) conditionsOk(file, `${f}.not`, c.not);
    else if ('track' in c) trackOk(file, `${f}.track`, c.track);
    else if ('decision' in c) {
      decisionOk(file, `${f}.decision`, c.decision);
      const names = stateNames(c.decision);
      c.in.forEach((n, j) => { if (!names.has(n)) at(file, `${f}.in[${j}]`, `a state of the ${c.decision} statechart (${[...names].join(', ')}), not "${n}"`); });
    }
  });
  const effectsOk = (file: string, field: string, es: readonly Effect[]): void => es.forEach((e, i) => {
    const f = `${field}[${i}]`;
    if ('track' in e) trackOk(file, `${f}.track`, e.track);
    else if ('decision' in e) {
      decisionOk(file, `${f}.decision`, e.decision);
      const events = DECISION_MACHINES[e.decision].events as string[];
      if (!events.includes(e.event)) at(file, `${f}.event`, `an event of the ${e.decision} statechart (${events.join(', ')}), not "${e.event}"`);
    } else if ('roll' in e) {
      (e.roll.modifiers ?? []).forEach((m, j) => trackOk(file, `${f}.roll.modifiers[${j}].track`, m.track));
      effectsOk(file, `${f}.success`, e.success);
      effectsOk(file, `${f}.failure`, e.failure);
    } else {
      conditionsOk(file, `${f}.if`, e.if);
      effectsOk(file, `${f}.then`, e.then);
      effectsOk(file, `${f}.else`, e.else ?? []);
    }
  });
  const unique = (file: string, items: readonly { id: string }[], prefix = '') => {
    const seen = new Set<string>();
    items.forEach((x, i) => { if (seen.has(x.id)) at(file, `${prefix}[${i}].id`, `an id not used before in this file ("${x.id}" is repeated)`); seen.add(x.id); });
  };

  if (s.id !== folder.split('/').pop()) at('scenario.json', 'id', `the folder's name ("${folder.split('/').pop()}")`);
  if (s.turnLabels.length !== s.turns) at('scenario.json', 'turnLabels', `one label per turn (${s.turns}), found ${s.turnLabels.length}`);
  unique('cards.json', s.cards);
  unique('events.json', s.events);
  unique('deals.json', s.deals);
  unique('terms.json', s.terms);
  unique('tables.json', s.tables);
  unique('victory.json', s.objectives, 'objectives');
  unique('victory.json', s.endStates, 'endStates');
  for (const [key, items] of [['sites', s.map.sites], ['units', s.map.units], ['flows', s.map.flows], ['overlays', s.map.overlays ?? []]] as const) unique('map.json', items, key);

  s.cards.forEach((c, i) => { conditionsOk('cards.json', `[${i}].requires`, c.requires); effectsOk('cards.json', `[${i}].effects`, c.effects); });
  s.events.forEach((e, i) => {
    if (e.turn !== undefined && e.turn > s.turns) at('events.json', `[${i}].turn`, `a turn from 1 to ${s.turns}`);
    conditionsOk('events.json', `[${i}].requires`, e.requires);
    effectsOk('events.json', `[${i}].effects`, e.effects);
  });
  bargainingOk(s, at, conditionsOk, effectsOk, trackOk);
  s.objectives.forEach((o, i) => conditionsOk('victory.json', `objectives[${i}].condition`, o.condition));
  s.endStates.forEach((e, i) => conditionsOk('victory.json', `endStates[${i}].trigger`, e.trigger));
  if (!s.endStates.some((e) => e.check === 'final' && e.trigger.length === 0)) {
    at('victory.json', 'endStates', 'a "final" end state with an empty trigger, so that every game ends when its turns run out');
  }
  if (!s.endStates.some((e) => e.id === s.history.endState)) at('history.json', 'endState', `one of the end states in victory.json (${s.endStates.map((e) => e.id).join(', ')})`);
  s.history.steps.forEach((h, i) => { if (h.turn > s.turns) at('history.json', `steps[${i}].turn`, `a turn from 1 to ${s.turns}`); });
  (s.history.script ?? []).forEach((h, i) => {
    if (h.turn > s.turns) at('history.json', `script[${i}].turn`, `a turn from 1 to ${s.turns}`);
    for (const [f, ids] of Object.entries(h.orders)) ids!.forEach((id, j) => {
      if (!s.cards.some((c) => c.id === id && c.faction === f)) at('history.json', `script[${i}].orders.${f}[${j}]`, `a ${f} card of cards.json, not "${id}"`);
    });
    (h.deals ?? []).forEach((d, j) => { if (!s.deals.some((x) => x.id === d.deal)) at('history.json', `script[${i}].deals[${j}].deal`, `a deal of deals.json, not "${d.deal}"`); });
  });
  s.map.units.forEach((u, i) => conditionsOk('map.json', `units[${i}].showWhen`, u.showWhen));
  s.map.flows.forEach((f, i) => trackOk('map.json', `flows[${i}].track`, f.track));
  (s.map.overlays ?? []).forEach((o, i) => {
    conditionsOk('map.json', `overlays[${i}].showWhen`, o.showWhen);
    if (o.track) trackOk('map.json', `overlays[${i}].track`, o.track);
  });
  return out;
}

type At = (file: string, field: string, expected: string) => void;

/** Terms, tables and presets: owners, parties, card references; a preset's terms must be its parties' own. */
function bargainingOk(
  s: Scenario, at: At,
  conditionsOk: (file: string, field: string, cs: readonly Condition[] | undefined) => void,
  effectsOk: (file: string, field: string, es: readonly Effect[]) => void,
  trackOk: (file: string, field: string, t: TrackId) => void,
): void {
  const terms = new Map(s.terms.map((t) => [t.id, t]));
  const cardOf = (id: string) => s.cards.find((c) => c.id === id);
  s.terms.forEach((t, i) => {
    conditionsOk('terms.json', `[${i}].requires`, t.requires);
    effectsOk('terms.json', `[${i}].effects`, t.effects);
    effectsOk('terms.json', `[${i}].refused`, t.refused ?? []);
    (t.breaches ?? []).forEach((id, j) => { if (cardOf(id)?.faction !== t.owner) at('terms.json', `[${i}].breaches[${j}]`, `an order card of ${t.owner} (the term's owner) in cards.json, not "${id}"`); });
    (t.triggers ?? []).forEach((id, j) => { const c = cardOf(id); if (!c || c.faction === t.owner) at('terms.json', `[${i}].triggers[${j}]`, `an order card of another faction than ${t.owner} in cards.json, not "${id}"`); });
    if (t.triggers && t.category !== 'threat') at('terms.json', `[${i}].triggers`, 'triggers only on a term of category "threat"');
  });
  s.tables.forEach((t, i) => {
    if (t.parties[0] === t.parties[1]) at('tables.json', `[${i}].parties`, 'two different factions');
    if (!t.parties.includes(t.opener)) at('tables.json', `[${i}].opener`, `one of the table's parties (${t.parties.join(', ')})`);
    effectsOk('tables.json', `[${i}].deadlock.effects`, t.deadlock.effects);
    if (t.blackmail) {
      if (!t.parties.includes(t.blackmail.by)) at('tables.json', `[${i}].blackmail.by`, `one of the table's parties (${t.parties.join(', ')})`);
      t.blackmail.threats.forEach((th, j) => th.modifiers.forEach((m, k) => trackOk('tables.json', `[${i}].blackmail.threats[${j}].modifiers[${k}].track`, m.track)));
      effectsOk('tables.json', `[${i}].blackmail.held`, t.blackmail.held);
      effectsOk('tables.json', `[${i}].blackmail.failed`, t.blackmail.failed);
    }
  });
  s.deals.forEach((d, i) => {
    const table = s.tables.find((t) => t.parties.includes(d.from) && t.parties.includes(d.to) && d.from !== d.to);
    if (!table) { at('deals.json', `[${i}].from`, `the two parties of a table in tables.json (${s.tables.map((t) => t.parties.join(' ↔ ')).join(', ')})`); return; }
    for (const [side, owner] of [['give', d.from], ['ask', d.to]] as const) {
      d[side].forEach((id, j) => {
        const t = terms.get(id);
        if (!t) at('deals.json', `[${i}].${side}[${j}]`, `a term of terms.json, not "${id}"`);
        else if (t.owner !== owner) at('deals.json', `[${i}].${side}[${j}]`, `a term owned by ${owner} ("${id}" is ${t.owner}'s)`);
        else if (!table.categories.includes(t.category)) at('deals.json', `[${i}].${side}[${j}]`, `a term of a category the table "${table.id}" takes (${table.categories.join(', ')}), not ${t.category}`);
        else if (t.to && !t.to.includes(owner === d.from ? d.to : d.from)) at('deals.json', `[${i}].${side}[${j}]`, `a term that may be promised to ${owner === d.from ? d.to : d.from} ("${id}" is for ${t.to.join(', ')} only)`);
      });
    }
  });
}
