// The neutrality question of 2014–2019 (FACTBOOK theme H): Minsk's "situational" neutrality over Ukraine, its
// climb from mediator of the Donbas talks to would-be bridge-builder ("Helsinki-2"), the gestures that made the
// pledge more or less believable (visa-free travel, Vienna Document observers at Zapad 2017, caveats on CSTO
// duties), and the two ways out of the balancing act: alignment with Moscow, or a pledge the world recognises.
// Paper: Myth #1 > Cracks in the façade; Diverging diplomatic priorities; Rec. NATO > Support neutrality, Bridge-builder.
import { setup } from 'xstate';
import { effectsAction, fx, track, type DecisionEvent } from './decision-effects';

type NeutralityEvent = DecisionEvent<
  | 'talks.host' | 'helsinki.propose' | 'neutrality.recognise'
  | 'visas.waive' | 'observers.invite' | 'csto.caveat'
  | 'annexation.recognise' | 'response.announce'
  | 'alignment.demand' | 'choice.align' | 'choice.hedge' | 'choice.refuse'
>;

const commitment = (e: NeutralityEvent) => track(e, 'allianceCommitment', 5);

/** Recognition needs a Belarus outside the entrapment zone: a pledge hosting Russia's war plans persuades no one. */
export const RECOGNISABLE_COMMITMENT = 6;
/** Refusing Putin's demand outright (and leaving the CSTO) is only possible for a Minsk no longer leaning on Moscow. */
export const REFUSAL_COMMITMENT = 5;
/** So committed that Minsk can no longer deny a "joint" reply Moscow announces in its name. */
export const CANNOT_DENY_COMMITMENT = 8;

// Alignment: recognising Russia's conquests de jure, or being drawn into its "responses" to NATO. Neutrality is over;
// Moscow pays, the West re-isolates Minsk. (Cracks in the façade; Belarusian vulnerabilities)
const align = fx(
  { cite: ['cracksInFacade', 'belarusianVulnerabilities', 'russianIntentions'] },
  { track: 'allianceCommitment', delta: 3 },
  { track: 'neutralityCredibility', delta: -4 },
  { track: 'engagement', delta: -2 },
  { track: 'sanctions', delta: 1 },
  { track: 'prestige', delta: 2 },
  { track: 'economy', delta: 1 },
);

// A clean break with Moscow, "following the Ukrainian model": out of the CSTO, the threat Lukashenka used as blackmail
// for two decades, carried out. Russia's counter-reaction is guaranteed. (Security dilemma; NATO's dilemmas; Defend independence)
const breakAway = fx(
  { cite: ['securityDilemma', 'natoDilemmas', 'recNatoIndependence'] },
  { track: 'allianceCommitment', delta: -3 },
  { track: 'engagement', delta: 2 },
  { track: 'tension', delta: 2 },
  { track: 'leverage', delta: -2 },
  { track: 'prestige', delta: -2 },
  { track: 'economy', delta: -1 },
);

// Moves open to Minsk while it is still balancing (situational, mediator, bridge-builder).
const balancingMoves = {
  // February 2017: visa-free short stays for citizens of 80 countries, the US and all the EU included; Moscow
  // answered with border controls. (Diverging diplomatic priorities)
  'visas.waive': {
    actions: fx({ cite: ['divergingDiplomacy'] }, { track: 'engagement', delta: 1 }, { track: 'allianceCommitment', delta: -1 }),
  },
  // Zapad 2017: the 2011 Vienna Document honoured, observers from five NATO neighbours invited, "much to the Russian
  // general staff's discontent"; Belarus' image as a contributor to regional security improves. (Joint military exercises)
  'observers.invite': {
    actions: fx({ cite: ['jointExercises'] },
      { track: 'neutralityCredibility', delta: 1 }, { track: 'tension', delta: -1 }, { track: 'allianceCommitment', delta: -1 }, { track: 'prestige', delta: -1 }),
  },
  // 2016–17: collective-defence duties under art. 4 of the Collective Security Treaty only towards "the Western
  // region" (Russia): no Belarusian troops for Central Asia or the Caucasus. (Security dilemma and entrapment)
  'csto.caveat': {
    actions: fx({ cite: ['securityDilemma'] }, { track: 'neutralityCredibility', delta: 1 }, { track: 'allianceCommitment', delta: -1 }, { track: 'prestige', delta: -1 }),
  },
  // Recognising an annexation de jure, which Minsk refused for Abkhazia and South Ossetia (2008) and Crimea (2014).
  // (Cracks in the façade)
  'annexation.recognise': { target: '#neutrality.aligned', actions: align },
  // Keir Giles' pattern: Moscow announces "joint" initiatives Minsk never endorsed. A deeply committed Minsk can no
  // longer deny them; otherwise it ignores them, but NATO reads Belarus as an extension of Russia. (Airbase, what airbase?)
  'response.announce': [
    { guard: 'cannotDeny', target: '#neutrality.aligned', actions: align },
    { actions: fx({ cite: ['airbase', 'cracksInFacade'] }, { track: 'neutralityCredibility', delta: -1 }) },
  ],
  // Howard: a distinct Belarusian path "unless Putin forces the issue and demands that Minsk accept an 'either you are
  // with us or against us' approach". (Support neutrality)
  'alignment.demand': {
    target: '#neutrality.forcedChoice',
    actions: fx({ cite: ['recNatoNeutrality', 'recNatoBridge'] }, { track: 'tension', delta: 1 }, { track: 'neutralityCredibility', delta: -1 }),
  },
} as const;

export const createNeutralityMachine = () => setup({
  types: { events: {} as NeutralityEvent },
  actions: { effects: effectsAction },
  guards: {
    recognisable: ({ event }) => commitment(event) <= RECOGNISABLE_COMMITMENT,
    canRefuse: ({ event }) => commitment(event) <= REFUSAL_COMMITMENT,
    cannotDeny: ({ event }) => commitment(event) >= CANNOT_DENY_COMMITMENT,
  },
}).createMachine({
  id: 'neutrality',
  initial: 'situational',
  states: {
    // 2014: Crimea Russian de facto, not de jure; Ukraine's territorial integrity upheld; Belarusian soil never to be
    // used to attack another state. Neutral, but "situational", and not credible enough to be respected.
    // (Cracks in the façade; Belarusian vulnerabilities)
    situational: {
      on: {
        ...balancingMoves,
        // Minsk becomes the platform for the talks that produce Minsk 1 and 2; EU and US diplomats praise Lukashenka.
        // (Cracks in the façade)
        'talks.host': {
          target: 'mediator',
          actions: fx({ cite: ['cracksInFacade'] }, { track: 'neutralityCredibility', delta: 1 }, { track: 'engagement', delta: 1 }),
        },
      },
    },
    // Mediator of the Donbas talks (2014–15): the neutral stance that "slowly laid the ground" for lifting Western
    // sanctions from 2015. (Cracks in the façade)
    mediator: {
      on: {
        ...balancingMoves,
        // May 2018: "building on this diplomatic success", an offer to host a "Helsinki-2" conference on European
        // security in Minsk. Moscow fears losing control of its "unpredictable neighbour". (Cracks in the façade; Bridge-builder)
        'helsinki.propose': {
          target: 'bridgeBuilder',
          actions: fx({ cite: ['cracksInFacade', 'recNatoBridge'] }, { track: 'neutralityCredibility', delta: 1 }, { track: 'prestige', delta: -1 }),
        },
      },
    },
    // Would-be bridge-builder: good offices, Helsinki-2, a Non-Aligned broker in arms control. The paper recommends
    // the West answer positively; it had not by 2020. (Bridge-builder)
    bridgeBuilder: {
      on: {
        ...balancingMoves,
        // "Escaping this ultimatum requires that Belarus' neutrality gained international recognition and support";
        // Moscow's counter-reaction is guaranteed. (Support neutrality; Defend independence)
        'neutrality.recognise': {
          guard: 'recognisable',
          target: 'recognised',
          actions: fx({ cite: ['recNatoNeutrality', 'recNatoIndependence'] },
            { track: 'neutralityCredibility', delta: 2 }, { track: 'sovereignty', delta: 1 }, { track: 'tension', delta: 1 }, { track: 'prestige', delta: -1 }),
        },
      },
    },
    // "Either you are with us or against us": Putin forces the issue and Minsk must answer. (Support neutrality)
    forcedChoice: {
      on: {
        // Say yes, in deeds, or recognise the annexation after all: the "shorter leash" Moscow wants. (Conclusions; Cracks in the façade)
        'choice.align': { target: 'aligned', actions: align },
        'annexation.recognise': { target: 'aligned', actions: align },
        // Dodge, talk, sign nothing: the "distinct Belarusian path" survives, but its good offices lose their shine
        // and Moscow makes Minsk pay. (Support neutrality; Belarusian vulnerabilities)
        'choice.hedge': {
          target: 'situational',
          actions: fx({ cite: ['recNatoNeutrality', 'belarusianVulnerabilities'] },
            { track: 'economy', delta: -1 }, { track: 'neutralityCredibility', delta: -1 }, { track: 'tension', delta: -1 }),
        },
        // Refuse outright, leave the CSTO and turn West: possible only for a Minsk no longer leaning on Moscow
        // (commitment 5 or less). (Security dilemma; NATO's dilemmas)
        'choice.refuse': { guard: 'canRefuse', target: 'breakaway', actions: breakAway },
      },
    },
    // Recognised neutrality: the "Tito" path of Glen E. Howard, Finnish-style "deterrence by cooperation".
    // (Support neutrality; Bridge-builder)
    recognised: { type: 'final' },
    // Aligned: Belarus follows Moscow's foreign policy, "a shorter leash" (Conclusions); neutrality is over.
    aligned: { type: 'final' },
    // Broken away: the "Baltic nationalist path" Howard said Lukashenka would not take. (Support neutrality)
    breakaway: { type: 'final' },
  },
});
