// The airbase question of 2013–2016 (FACTBOOK themes B and C): Moscow presses for a permanent Russian airbase
// while Belarusian air defence decays; Minsk waters the plan down, refuses it, and buys aircraft instead.
// Paper: Myth #2 > Russia's military presence in Belarus; > The Joint Air Defence System; > Airbase, what airbase?;
// Myth #1 > Disputes over armaments; Realities > Russian intentions.
//
// The ladder of Russian presence is the militaryPresence track (0 leased radar and relay only, 1 rotational aircraft,
// 2 permanent airbase, 3 air-defence systems, 4 ground forces left after an exercise). Only this statechart moves that
// track, so every transition carries the exact step between the rung it leaves and the rung it reaches.
import { setup } from 'xstate';
import { effectsAction, fx, track, type DecisionEvent } from './decision-effects';

type AirbaseEvent = DecisionEvent<
  | 'base.announce' | 'base.waterDown' | 'base.refuse' | 'base.accept'
  | 'repairs.withhold' | 'modernisation.request' | 'modernisation.fund' | 'aircraft.buy'
  | 'aircraft.invite' | 'aircraft.withdraw' | 'airDefence.deploy' | 'troops.remain'
>;

/** The tension at which Minsk can justify inviting Russian aircraft: a crisis (March 2014, after Crimea). */
export const INVITE_TENSION = 2;
/** The tension that gives cover to leaving exercise units behind (2008 Georgia, 2014 Ukraine). */
export const TROOPS_TENSION = 3;

const presence = { cite: ['russianPresence' as const] };
const airbase = { cite: ['airbase' as const] };

// Russia announces a base "agreed" with Minsk, without Minsk: April 2013, then "ever more insisting claims". (Airbase, what airbase?)
const announce = { target: 'baseAnnounced', actions: fx(
  { cite: ['airbase', 'belarusianVulnerabilities'] },
  { track: 'prestige', delta: 1 },
  { track: 'neutralityCredibility', delta: -1 },
) } as const;

// "Russia has knowingly let its ally's air forces and air defence capacities decay in order to coerce it". (Disputes over armaments)
const neglect = { target: 'neglect', actions: fx(
  { cite: ['disputesOverArmaments', 'jointAirDefence'] },
  { track: 'airDefence', delta: -1 },
  { track: 'subsidyCost', delta: -1 },
) } as const;

// Minsk "consistently declined the offer, asking Russia to finance the modernisation of the Belarusian air forces instead":
// linking basing to arms, the military–economy trade-off. (Airbase, what airbase?; Security dilemma and entrapment)
const askModernisation = { target: 'modernisationAsked', actions: fx(
  { cite: ['airbase', 'securityDilemma'] },
  { track: 'leverage', delta: -1 },
) } as const;

// "We don't need a base": the Constitution forbids permanent foreign combat units; a base makes "no practical, political
// or military sense" (Makey). Sovereignty kept and neutrality more believable, while Minsk keeps professing loyalty:
// refusing a base is not leaving the alliance. (Airbase, what airbase?; Russia's military presence)
const refuse = { target: 'refused', actions: fx(
  { cite: ['airbase', 'russianPresence'] },
  { track: 'sovereignty', delta: 1 },
  { track: 'neutralityCredibility', delta: 1 },
) } as const;

// A permanent airbase under Russian command: strategic depth for Russia, "a target for countermeasures" for Belarus.
// (Realities > Russian intentions; Belarusian vulnerabilities). `step` is the rise in presence from the rung left behind.
const acceptBase = (step: number) => ({ target: 'permanentBase', actions: fx(
  { cite: ['airbase', 'russianIntentions', 'belarusianVulnerabilities'] },
  { track: 'militaryPresence', delta: step },
  { track: 'sovereignty', delta: -2 },
  { track: 'neutralityCredibility', delta: -2 },
  { track: 'allianceCommitment', delta: 2 },
  { track: 'airDefence', delta: 1 },
  { track: 'a2ad', delta: 1 },
  { track: 'tension', delta: 1 },
) } as const);

// Minsk asks for Russian aircraft in a crisis: 12 March 2014, "as a response to NATO's expected military build-up";
// six Su-27SM3 reach Babruysk the next day, a radar aircraft Baranavichy on the 15th. (Russia's military presence)
const invite = { target: 'rotation', guard: 'crisis', actions: fx(
  presence,
  { track: 'militaryPresence', delta: 1 },
  { track: 'airDefence', delta: 1 },
  { track: 'allianceCommitment', delta: 1 },
  { track: 'neutralityCredibility', delta: -1 },
) } as const;

// Buying at full price: 12 Su-30SM for 600 m USD in June 2016, without significant discounts; "Belarus must purchase arms
// like any other country" (Bohdan). Air defence mended, budget drained, no base needed. (Disputes over armaments)
const buy = { target: 'ownAirForce', actions: fx(
  { cite: ['disputesOverArmaments', 'jointAirDefence'] },
  { track: 'airDefence', delta: 2 },
  { track: 'economy', delta: -1 },
) } as const;

// Exercise units that do not go home, as feared after 2008 and 2014 (Zapad military exercises): a foothold for a
// Crimean-style scenario, and proof to CSTO partners that Russia has turned "rogue". (Russian intentions)
const troopsStay = (step: number) => ({ target: 'troopsRemain', guard: 'coverOfCrisis', actions: fx(
  { cite: ['zapad', 'jointExercises', 'russianIntentions'] },
  { track: 'militaryPresence', delta: step },
  { track: 'sovereignty', delta: -3 },
  { track: 'regimeStability', delta: -1 },
  { track: 'allianceCommitment', delta: 1 },
  { track: 'prestige', delta: -1 },
  { track: 'tension', delta: 1 },
) } as const);

export const createAirbaseMachine = () => setup({
  types: { events: {} as AirbaseEvent },
  actions: { effects: effectsAction },
  guards: {
    crisis: ({ event }) => track(event, 'tension') >= INVITE_TENSION,
    coverOfCrisis: ({ event }) => track(event, 'tension') >= TROOPS_TENSION,
  },
}).createMachine({
  id: 'airbase',
  initial: 'leasedSites',
  states: {
    // Rung 0: the Volga radar at Hantsavichy and the Navy relay at Vileyka, leased free of charge since 1995, staffed
    // mostly by unarmed specialists. No Russian base: the Constitution forbids foreign combat units. (Russia's military presence)
    leasedSites: {
      on: {
        'base.announce': announce,
        'repairs.withhold': neglect,
        'modernisation.request': askModernisation,
        'aircraft.invite': invite,
        'aircraft.buy': buy,
      },
    },
    // April 2013: Moscow announces an airbase in Belarus for 2015, "claiming that this had been agreed". (Airbase, what airbase?)
    baseAnnounced: {
      on: {
        // "A few days later" Lukashenka presents a watered-down version: it "mainly concerned the delivery of Russian
        // Su-27P aircrafts". Moscow's claim is contradicted in public. (Airbase, what airbase?)
        'base.waterDown': { target: 'wateredDown', actions: fx(airbase, { track: 'prestige', delta: -1 }, { track: 'neutralityCredibility', delta: 1 }) },
        'base.refuse': refuse,
        'base.accept': acceptBase(2),
        'repairs.withhold': neglect,
        'modernisation.request': askModernisation,
        'aircraft.invite': invite,
        'aircraft.buy': buy,
      },
    },
    // The plan is neither signed nor buried: "Russian media regularly reverted to the topic". (Airbase, what airbase?)
    wateredDown: {
      on: {
        'base.announce': announce,
        'base.refuse': refuse,
        'base.accept': acceptBase(2),
        'repairs.withhold': neglect,
        'modernisation.request': askModernisation,
        'aircraft.invite': invite,
        'aircraft.buy': buy,
      },
    },
    // Coercion by neglect: Belarus' air defence "is unable to sustain an attack of more than two blows", and Russia "has
    // indeed stopped helping Belarus to mend it"; the hole is to be filled by a Russian base. (Disputes over armaments; JADS)
    neglect: {
      on: {
        // Each further season without spare parts deepens the hole.
        'repairs.withhold': { actions: fx({ cite: ['disputesOverArmaments', 'jointAirDefence'] }, { track: 'airDefence', delta: -1 }) },
        'base.announce': announce,
        'base.refuse': refuse,
        'base.accept': acceptBase(2),
        'modernisation.request': askModernisation,
        'aircraft.invite': invite,
        'aircraft.buy': buy,
      },
    },
    // Minsk's counter-offer: pay for our air force instead of sending yours. (Airbase, what airbase?; JADS)
    modernisationAsked: {
      on: {
        // The road not taken: Russia rearms its ally at Russian taxpayers' expense, as Bohdan argued a valued ally would be
        // rearmed; the Kremlin "refused". Minsk's air force is mended, at a price in loyalty. (JADS; Disputes over armaments)
        'modernisation.fund': { target: 'ownAirForce', actions: fx(
          { cite: ['jointAirDefence', 'disputesOverArmaments', 'brothersInArms'] },
          { track: 'airDefence', delta: 3 },
          { track: 'subsidyCost', delta: 2 },
          { track: 'leverage', delta: 1 },
          { track: 'allianceCommitment', delta: 1 },
        ) },
        'aircraft.buy': buy,
        'base.refuse': refuse,
        'base.accept': acceptBase(2),
        'base.announce': announce,
        'repairs.withhold': neglect,
        'aircraft.invite': invite,
      },
    },
    // Rung 1: Russian fighters on a three-month rotation at Babruysk and Baranavichy, invited and reversible. (Russia's military presence)
    rotation: {
      on: {
        // "Within a year they had all been sent back to Russia." (Russia's military presence)
        'aircraft.withdraw': { target: 'leasedSites', actions: fx(presence, { track: 'militaryPresence', delta: -1 }, { track: 'airDefence', delta: -1 }) },
        // The rotation made permanent: what Moscow wanted from the start. (Airbase, what airbase?)
        'base.accept': acceptBase(1),
      },
    },
    // Rung 2: a permanent Russian airbase under Russian command, against the spirit of the Constitution. (Airbase, what airbase?)
    permanentBase: {
      on: {
        // Rung 3: Russian S-400 at the base "would greatly extend their range into NATO airspace, adding to the Kaliningrad
        // A2/AD bubble"; Belarus becomes a target for countermeasures. (NATO's dilemmas; Belarusian vulnerabilities)
        'airDefence.deploy': { target: 'airDefenceHosted', actions: fx(
          { cite: ['natoDilemmas', 'belarusianVulnerabilities', 'russianIntentions'] },
          { track: 'militaryPresence', delta: 1 },
          { track: 'a2ad', delta: 2 },
          { track: 'airDefence', delta: 1 },
          { track: 'neutralityCredibility', delta: -2 },
          { track: 'sovereignty', delta: -1 },
          { track: 'allianceCommitment', delta: 1 },
          { track: 'tension', delta: 1 },
        ) },
        'troops.remain': troopsStay(2),
      },
    },
    // Rung 3: a base and air-defence missiles, "merely" what Russia needs from Belarus. (Realities > Russian intentions)
    airDefenceHosted: {
      on: { 'troops.remain': troopsStay(1) },
    },
    // Rung 4: ground forces left behind after an exercise; Belarus can no longer say no. (Zapad military exercises)
    troopsRemain: { type: 'final' },
    // "We don't need a base": refusal holds, but the pressure "probably remains an objective" of Moscow. (Belarusian vulnerabilities)
    refused: {
      on: {
        'base.announce': announce,
        'repairs.withhold': neglect,
        'modernisation.request': askModernisation,
        'aircraft.invite': invite,
        'aircraft.buy': buy,
      },
    },
    // An air force of its own, bought at full price (Su-30SM, second-hand S-300PS); the JADS commander is Belarusian from
    // 2016 and Minsk decides whether to fire. No base, but Russia may answer NATO with a "joint" base again. (JADS; Airbase, what airbase?)
    ownAirForce: {
      on: {
        'base.announce': announce,
        'repairs.withhold': neglect,
      },
    },
  },
});
