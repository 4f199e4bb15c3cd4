// Validates every scenario folder and prints its coverage: cards, events, terms, deals, tables, citations and extrapolations.
// Fails (exit 1) on a schema or cross-reference error, a missing citation, or a scenario below the content minimums.
// Usage: npm run check:content [-- --json]
import { join } from 'node:path';
import { FACTIONS, parseScenario, type Scenario, type Source } from '../game/rules';
import { SCENARIOS_DIR, scenarioFiles, scenarioIds } from './scenario-files';

const MIN = { eventsPerScenario: 12, cardsPerFaction: 8, debrief: 4, basicBriefWords: 200, advancedBriefWords: 600, termsPerPartyAtTable: 1, tables: 3 };
const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

function sources(s: Scenario): Source[] {
  return [
    ...s.cards, ...s.events, ...s.deals, ...s.terms, ...s.tables, ...s.tables.map((t) => t.deadlock),
    ...s.tables.flatMap((t) => (t.blackmail ? [t.blackmail, ...t.blackmail.threats] : [])), ...s.objectives, ...s.endStates, ...s.history.steps,
    ...Object.values(s.tracks), ...s.map.sites, ...s.map.units, ...s.map.flows, ...(s.map.overlays ?? []),
  ].map((x) => x!.source);
}

function shortfalls(s: Scenario): string[] {
  const out: string[] = [];
  if (s.events.length < MIN.eventsPerScenario) out.push(`${s.events.length} events (at least ${MIN.eventsPerScenario})`);
  for (const f of FACTIONS) {
    const n = s.cards.filter((c) => c.faction === f).length;
    if (n < MIN.cardsPerFaction) out.push(`${n} ${f} cards (at least ${MIN.cardsPerFaction})`);
    if (words(s.briefs[f]) < MIN.basicBriefWords) out.push(`${f} basic brief has ${words(s.briefs[f])} words (about 300 wanted)`);
    const adv = s.advancedBriefs?.[f] ?? '';
    if (words(adv) < MIN.advancedBriefWords) out.push(`${f} advanced brief has ${words(adv)} words (about 900 wanted)`);
  }
  if (s.debrief.length < MIN.debrief) out.push(`${s.debrief.length} debrief questions (4–6 wanted)`);
  if (!s.history.script?.length) out.push('no historical script in history.json (needed for calibration)');
  if (s.tables.length < MIN.tables) out.push(`${s.tables.length} bargaining tables (Russia–Belarus, West–Belarus and NATO–Russia wanted)`);
  for (const t of s.tables) {
    for (const f of t.parties) {
      const n = s.terms.filter((x) => x.owner === f && t.categories.includes(x.category)).length;
      if (n < MIN.termsPerPartyAtTable) out.push(`${f} has no term to put on the table ${t.id}`);
    }
  }
  return out;
}

const report = scenarioIds().map((id) => {
  const r = parseScenario(`scenarios/${id}`, scenarioFiles(join(SCENARIOS_DIR, id)));
  if (!r.ok) return { id, ok: false, errors: r.errors.map((e) => `${e.file} ${e.field}: expected ${e.expected}`) };
  const s = r.scenario;
  const all = sources(s);
  return {
    id, ok: shortfalls(s).length === 0, errors: shortfalls(s),
    cards: Object.fromEntries(FACTIONS.map((f) => [f, s.cards.filter((c) => c.faction === f).length])),
    events: s.events.length, deals: s.deals.length, tables: s.tables.length,
    terms: { binding: s.terms.filter((t) => t.binding && t.category !== 'threat').length, promises: s.terms.filter((t) => !t.binding && t.category !== 'threat').length, threats: s.terms.filter((t) => t.category === 'threat').length }, objectives: s.objectives.length, endStates: s.endStates.map((e) => e.id),
    citations: all.reduce((n, x) => n + x.cite.length, 0), extrapolations: all.filter((x) => x.extrapolation).length,
    hedgedEvents: s.events.filter((e) => e.hedged).length,
  };
});

if (process.argv.includes('--json')) console.log(JSON.stringify(report));
else {
  for (const r of report) {
    console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.id}`);
    if ('events' in r) console.log(`     cards ${JSON.stringify(r.cards)}, events ${r.events} (${r.hedgedEvents} hedged), terms ${JSON.stringify(r.terms)}, presets ${r.deals}, tables ${r.tables}, objectives ${r.objectives}, end states ${r.endStates?.join(', ')}; ${r.citations} citations, ${r.extrapolations} extrapolations`);
    for (const e of r.errors) console.log(`     - ${e}`);
  }
}
process.exit(report.every((r) => r.ok) ? 0 : 1);
