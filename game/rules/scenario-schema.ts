// The schema every scenario folder must satisfy, one zod schema per file. Cross-references (ids, tracks, decision
// events) are checked in load-scenario.ts. The schemas are built on first use: the page reads no scenario file before
// a match's first frame (the build read the shipped ones: vite.config.ts), and building them all while the entry chunk
// ran cost it ~10 ms.
import { z } from 'zod';
import { SECTION_IDS } from './sections';
import { TRACK_IDS } from './tracks';
import { FACTIONS, TERM_CATEGORIES, type Condition, type Effect } from './types';

function build() {
  const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a lower-case id (letters, digits, dashes)');
  const text = z.string().min(1, 'a non-empty text');
  const faction = z.enum(FACTIONS);
  const track = z.enum(TRACK_IDS);
  const decision = z.enum(['integration', 'entrapment', 'airbase', 'hybrid', 'suwalki', 'neutrality']);
  const endStateId = z.enum(['statusQuoMarketization', 'finlandization', 'absorption', 'crimeanTakeover', 'hybridTakeover', 'corridorWar', 'neutralBridge', 'westernPivot', 'regimeCollapse']);

  const sourceSchema = z
    .object({ cite: z.array(z.enum(SECTION_IDS)), extrapolation: text.optional() })
    .strict()
    .refine((s) => s.cite.length > 0 || s.extrapolation, { message: 'a citation of the paper (cite) or an extrapolation note' });

  const conditionSchema: z.ZodType<Condition> = z.lazy(() => z.union([
    z.object({ track, min: z.number().optional(), max: z.number().optional() }).strict(),
    z.object({ decision, in: z.array(text).min(1) }).strict(),
    z.object({ turn: z.object({ min: z.number().int().optional(), max: z.number().int().optional() }).strict() }).strict(),
    z.object({ any: z.array(conditionSchema).min(1) }).strict(),
    z.object({ not: z.array(conditionSchema).min(1) }).strict(),
  ]));
  const conditions = z.array(conditionSchema);

  const modifierSchema = z.object({ track, pivot: z.number(), per: z.number() }).strict();

  const effectSchema: z.ZodType<Effect> = z.lazy(() =>
    z.union([
      z.object({ track, delta: z.number().int() }).strict(),
      z.object({ decision, event: text }).strict(),
      z.object({
        roll: z.object({ chance: z.number().int().min(0).max(100), modifiers: z.array(modifierSchema).optional() }).strict(),
        label: text,
        success: z.array(effectSchema),
        failure: z.array(effectSchema),
      }).strict(),
      z.object({ if: conditions, then: z.array(effectSchema), else: z.array(effectSchema).optional() }).strict(),
    ]),
  );
  const effects = z.array(effectSchema);
  const perFaction = <T extends z.ZodType>(t: T) => z.object({ belarus: t, russia: t, nato: t }).strict();

  const scenarioFileSchema = z.object({
    id,
    title: text,
    subtitle: text,
    period: text,
    startDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'),
    turns: z.number().int().min(1).max(20),
    turnLabels: z.array(text),
    budget: perFaction(z.number().int().min(1)),
    maxOrders: z.number().int().min(1).max(4),
    tracks: z.partialRecord(track, z.object({ start: z.number(), why: text, source: sourceSchema }).strict()),
    decisions: z.array(decision).min(1),
    briefs: perFaction(text),
    advancedBriefs: perFaction(text).optional(),
    debrief: z.array(text).min(1),
  }).strict();

  const cardsFileSchema = z.array(z.object({
    id, faction, title: text, text, cost: z.number().int().min(0),
    limit: z.number().int().min(1).optional(), requires: conditions.optional(), effects, source: sourceSchema,
  }).strict());

  const eventsFileSchema = z.array(z.object({
    id, title: text, text, date: text.optional(), turn: z.number().int().min(1).optional(),
    requires: conditions.optional(), effects, hedged: z.boolean().optional(), source: sourceSchema,
  }).strict());

  /** Named packages (presets) of terms; their binding flag and effects are derived from the terms when loading. */
  const dealsFileSchema = z.array(z.object({
    id, from: faction, to: faction, title: text, text, give: z.array(id), ask: z.array(id), source: sourceSchema,
  }).strict().refine((d) => d.give.length + d.ask.length >= 1 && d.give.length + d.ask.length <= 4, { message: 'a package of 1 to 4 terms (give and ask together)' }));

  const category = z.enum(TERM_CATEGORIES);

  const termsFileSchema = z.array(z.object({
    id, owner: faction, to: z.array(faction).min(1).optional(), title: text, text, category, binding: z.boolean(), effects,
    breaches: z.array(id).optional(), requires: conditions.optional(), refused: effects.optional(), triggers: z.array(id).optional(),
    source: sourceSchema,
  }).strict());

  const tablesFileSchema = z.array(z.object({
    id, title: text, parties: z.tuple([faction, faction]), opener: faction,
    maxRounds: z.number().int().min(1).max(6), categories: z.array(category).min(1),
    deadlock: z.object({ text, effects, source: sourceSchema }).strict(),
    blackmail: z.object({
      by: faction,
      threats: z.array(z.object({ id, title: text, text, chance: z.number().int().min(0).max(100), modifiers: z.array(modifierSchema), source: sourceSchema }).strict()).min(1),
      credibilityPer: z.number(), perExtraDemand: z.number().int().min(0).max(50), held: effects, failed: effects, failedCredibility: z.number().int().min(0).max(10), source: sourceSchema,
    }).strict().optional(),
    source: sourceSchema,
  }).strict()).min(1);

  const victoryFileSchema = z.object({
    objectives: z.array(z.object({ id, faction, text, condition: conditions, vp: z.number().int(), source: sourceSchema }).strict()),
    endStates: z.array(z.object({
      id: endStateId, title: text, text, check: z.enum(['immediate', 'final']), trigger: conditions,
      priority: z.number().int(), vp: perFaction(z.number().int()), source: sourceSchema,
    }).strict()).min(1),
  }).strict();

  const historyFileSchema = z.object({
    steps: z.array(z.object({ turn: z.number().int().min(1), date: text, text, source: sourceSchema }).strict()),
    endState: endStateId,
    whatHappened: text,
    script: z.array(z.object({
      turn: z.number().int().min(1),
      orders: z.object({ belarus: z.array(id).optional(), russia: z.array(id).optional(), nato: z.array(id).optional() }).strict(),
      deals: z.array(z.object({ deal: id, accepted: z.boolean() }).strict()).optional(),
    }).strict()).optional(),
  }).strict();

  const lonLat = { lon: z.number().min(-180).max(180), lat: z.number().min(-90).max(90) };
  const mapFileSchema = z.object({
    sites: z.array(z.object({ id, name: text, ...lonLat, kind: z.enum(['capital', 'city', 'airbase', 'radar', 'relay', 'refinery', 'base']), source: sourceSchema }).strict()),
    units: z.array(z.object({ id, name: text, sidc: z.string().regex(/^[0-9A-Za-z*-]{10,30}$/, 'an APP-6 symbol code (SIDC)'), ...lonLat, faction, showWhen: conditions.optional(), source: sourceSchema }).strict()),
    flows: z.array(z.object({ id, name: text, kind: z.enum(['oil', 'gas']), path: z.array(z.tuple([z.number(), z.number()])).min(2), track, source: sourceSchema }).strict()),
    overlays: z.array(z.object({
      id, name: text, kind: z.enum(['corridor', 'range', 'zone']),
      path: z.array(z.tuple([z.number(), z.number()])).min(2).optional(),
      center: z.tuple([z.number(), z.number()]).optional(), radiusKm: z.number().positive().optional(),
      faction: faction.optional(), showWhen: conditions.optional(), track: track.optional(), source: sourceSchema,
    }).strict().refine((o) => (o.kind === 'range' ? o.center && o.radiusKm : o.path), { message: 'a range needs center and radiusKm; a corridor or zone needs a path' })).optional(),
  }).strict();

  /** The learning check (GAME-DESIGN §4): multiple-choice questions on the paper's arguments, each answered and cited. */
  const learningFileSchema = z.object({
    questions: z.array(z.object({
      id, question: text, choices: z.array(text).min(2).max(5),
      /** The index of the correct choice. */
      answer: z.number().int().min(0), explanation: text, source: sourceSchema,
    }).strict().refine((q) => q.answer < q.choices.length, { message: 'the index of one of the choices (from 0)', path: ['answer'] }))
      .min(3, 'from 3 to 5 questions').max(5, 'from 3 to 5 questions')
      .refine((qs) => new Set(qs.map((q) => q.id)).size === qs.length, { message: 'questions with different ids' }),
  }).strict();
  return { effectSchema, scenarioFileSchema, cardsFileSchema, eventsFileSchema, dealsFileSchema, termsFileSchema, tablesFileSchema, victoryFileSchema, historyFileSchema, mapFileSchema, learningFileSchema };
}

let built: ReturnType<typeof build> | undefined;
const schemas = () => (built ??= build());

export const effectSchema: z.ZodType<Effect> = z.lazy(() => schemas().effectSchema);
export const mapFileSchema = z.lazy(() => schemas().mapFileSchema);

/** The files of a scenario folder and the schema of each. */
export const SCENARIO_FILES = {
  'scenario.json': z.lazy(() => schemas().scenarioFileSchema),
  'cards.json': z.lazy(() => schemas().cardsFileSchema),
  'events.json': z.lazy(() => schemas().eventsFileSchema),
  'deals.json': z.lazy(() => schemas().dealsFileSchema),
  'terms.json': z.lazy(() => schemas().termsFileSchema),
  'tables.json': z.lazy(() => schemas().tablesFileSchema),
  'victory.json': z.lazy(() => schemas().victoryFileSchema),
  'history.json': z.lazy(() => schemas().historyFileSchema),
  'map.json': mapFileSchema,
} as const;
export type ScenarioFileName = keyof typeof SCENARIO_FILES;

/** Files a scenario folder may have; checked the same way when present. */
export const OPTIONAL_SCENARIO_FILES = {
  'learning.json': z.lazy(() => schemas().learningFileSchema),
} as const;
export type OptionalScenarioFileName = keyof typeof OPTIONAL_SCENARIO_FILES;
