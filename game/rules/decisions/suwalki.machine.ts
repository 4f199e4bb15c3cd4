// The Suwałki crisis (FACTBOOK themes D, E, K, M): under cover of a Zapad-type exercise Moscow weighs a land corridor
// to Kaliningrad. Any such move "would have to use Belarusian territory as a bridgehead" (Introduction), so Minsk's
// answer decides its cost; NATO then chooses a flexible or an entrenched posture, and whether to threaten Belarus
// (horizontal escalation) or to exploit the allies' friction (the wedge). Paper: Realities > NATO's dilemmas,
// Conclusions, Recommendations for NATO > Strategic flexibility, Myth #2 > The Regional Group of Forces and
// Joint military exercises, Myth #3 > Zapad military exercises.
//
// The chart is a sequence, not parallel regions: once NATO has chosen its posture, Belarus' later answers on
// transit still move the corridor (transitions without a target), but the question in play is NATO's and Moscow's.
import { setup } from 'xstate';
import { effectsAction, fx, track, type DecisionEvent } from './decision-effects';

type SuwalkiEvent = DecisionEvent<
  | 'corridor.demand' | 'transit.grant' | 'transit.refuse' | 'transit.delay' | 'transit.coerce'
  | 'posture.flex' | 'posture.entrench' | 'escalation.threaten' | 'wedge.drive'
  | 'corridor.launch' | 'hybrid.strike' | 'crisis.deescalate'
>;

/** Tension at which a war can be launched: a crisis must be running (the ladder's "crisis" rung). */
export const LAUNCH_TENSION = 2;
/** Above this rung (limited conflict and war) nobody can simply stand down. */
export const STAND_DOWN_TENSION = 3;
/** Commitment from which Belarus counts as a willing wartime partner rather than a coerced one. */
export const WILLING_PARTNER = 6;

/** One rung up the tension ladder, but never past `ceiling` by this cause alone: words, columns and exercises
 *  make a crisis; only shots make a war. (GAME-DESIGN §2.2 escalation ladder) */
const upTo = (ceiling: number) => ({ if: [{ track: 'tension' as const, max: ceiling - 1 }], then: [{ track: 'tension' as const, delta: 1 }] });

// --- Sources, one per argument of the paper --------------------------------------------------------------------
const bridgehead = { cite: ['introduction' as const, 'natoDilemmas' as const] };
const footdragging = { cite: ['conclusions' as const] };
const notOurWar = { cite: ['cracksInFacade' as const, 'regionalGroupOfForces' as const, 'belarusianVulnerabilities' as const] };
const coercion = { cite: ['introduction' as const, 'russianIntentions' as const, 'recNatoFlexibility' as const] };
const flexibility = { cite: ['recNatoFlexibility' as const, 'natoDilemmas' as const] };
const catch22 = { cite: ['natoDilemmas' as const, 'recNatoFlexibility' as const] };
const subThreshold = { cite: ['natoDilemmas' as const, 'russianIntentions' as const] };
const standDown = { cite: ['zapad' as const, 'conclusions' as const, 'recNatoFlexibility' as const] };

// --- Transitions shared by several states ------------------------------------------------------------------------
// Minsk gives in: "the roads and railroads that lead to Kaliningrad all run through Belarusian territory". (Introduction)
const grant = fx(bridgehead,
  { track: 'corridor', delta: 3 }, { track: 'allianceCommitment', delta: 2 },
  { track: 'neutralityCredibility', delta: -2 }, { track: 'sovereignty', delta: -1 }, upTo(3));
// Minsk "would never allow Belarusian territory to be used to attack another state"; no Union State solidarity clause
// obliges it to follow Russia into a war Russia starts. (Cracks in the façade; The Regional Group of Forces)
const refuse = fx(notOurWar,
  { track: 'allianceCommitment', delta: -2 }, { track: 'sovereignty', delta: 1 }, { track: 'neutralityCredibility', delta: 1 },
  { track: 'prestige', delta: -1 }, { track: 'corridor', delta: -1 });
// Russia shows it is "able to forcefully guarantee" the cooperation it was refused; open coercion of an ally makes
// CIS and CSTO partners see Russia as "rogue", and a coerced Belarus is a partner NATO can split off.
// (Introduction; Russian intentions)
const coerce = fx(coercion,
  { track: 'corridor', delta: 3 }, { track: 'sovereignty', delta: -2 }, { track: 'regimeStability', delta: -1 },
  { track: 'neutralityCredibility', delta: -1 }, { track: 'prestige', delta: -1 }, upTo(3));
// After NATO has chosen its posture, late answers on transit still move the corridor, without changing the question.
const lateGrant = fx(bridgehead, { track: 'corridor', delta: 2 }, { track: 'allianceCommitment', delta: 2 }, { track: 'neutralityCredibility', delta: -2 });
const lateRefuse = fx(notOurWar, { track: 'corridor', delta: -2 }, { track: 'allianceCommitment', delta: -2 }, { track: 'sovereignty', delta: 1 });
const lateCoerce = fx(coercion, { track: 'corridor', delta: 2 }, { track: 'sovereignty', delta: -2 }, { track: 'prestige', delta: -1 }, upTo(3));
// Strategic flexibility: "decisions that afford the most opportunities for managing escalation dynamics";
// only possible with warning time, which the cards check. (Strategic flexibility)
const flex = fx(flexibility, { track: 'cohesion', delta: 1 }, { track: 'warningTime', delta: 1 });
// Entrenchment: more units at the gap deter, but "arithmetically" increase Belarus' reliance on Russia and create
// "a vulnerability that Russian leaders will be forced to redress" (Kofman). (Strategic flexibility; NATO's dilemmas)
const entrench = fx(catch22,
  { track: 'posture', delta: 1 }, { track: 'allianceCommitment', delta: 1 }, upTo(2), { track: 'cohesion', delta: 1 });
// The war: an attack "to bridge the Suwałki gap", which the paper judges "rather unlikely, but still dangerous enough
// to not be excluded a priori". (Conclusions; NATO's dilemmas)
const launch = {
  guard: 'crisisRunning' as const,
  target: '#suwalki.corridorWar',
  actions: fx({ cite: ['conclusions', 'natoDilemmas', 'realities'] },
    { track: 'tension', delta: 5 }, { track: 'corridor', delta: 3 }, { track: 'regimeStability', delta: -2 }, { track: 'sovereignty', delta: -2 }),
};
// A hybrid attack kept "below the radar of Article 5" buys time for a fait accompli "(Narva for example, or Belarus
// for that matter)", under the shadow of Russia's nuclear "de-escalation" doctrine. (NATO's dilemmas)
const seize = {
  target: '#suwalki.faitAccompli',
  actions: fx(subThreshold, { track: 'tension', delta: 1 }, { track: 'cohesion', delta: -3 }, { track: 'prestige', delta: 1 }),
};
// The exercise ends and the troops go home, as the 2017 fears "never materialised". (Zapad; Conclusions)
const deescalate = {
  guard: 'canStandDown' as const,
  target: '#suwalki.deescalation',
  actions: fx(standDown, { track: 'tension', delta: -2 }, { track: 'corridor', delta: -3 }),
};
// The late transit answers, shared by every state after NATO has moved.
const lateTransit = {
  'transit.grant': { actions: lateGrant },
  'transit.refuse': { actions: lateRefuse },
  'transit.coerce': { actions: lateCoerce },
} as const;

// Whichever posture NATO chose, the same moves follow; the posture itself is what cards and odds read.
const afterPosture = {
  'escalation.threaten': { target: 'horizontalEscalation', actions: threaten() },
  'wedge.drive': { target: 'wedge', actions: drive() },
  'corridor.launch': launch,
  'hybrid.strike': seize,
  ...lateTransit,
  'crisis.deescalate': deescalate,
} as const;

export const createSuwalkiMachine = () => setup({
  types: { events: {} as SuwalkiEvent },
  actions: { effects: effectsAction },
  guards: {
    // No war out of peace or mere friction: the crisis rung must have been reached. (NATO's dilemmas)
    crisisRunning: ({ event }) => track(event, 'tension') >= LAUNCH_TENSION,
    // At the "limited conflict" rung and above (reached when an entrapped Belarus keeps the ladder climbing), standing
    // down is no longer a simple choice. (Belarus' security dilemma; NATO's dilemmas)
    canStandDown: ({ event }) => track(event, 'tension') <= STAND_DOWN_TENSION,
  },
}).createMachine({
  id: 'suwalki',
  initial: 'exercise',
  states: {
    // A Zapad-type exercise on Belarusian soil: high mobility and interoperability, scenarios "designed to raise concern
    // in neighbouring countries"; in 2008 and 2014 drill forces were soon used against Georgia and Ukraine.
    // (Joint military exercises; Zapad military exercises)
    exercise: {
      on: {
        // Moscow demands transit, or "humanitarian convoys", for a land corridor to Kaliningrad. (NATO's dilemmas)
        'corridor.demand': {
          target: 'corridorDemand',
          actions: fx(bridgehead, { track: 'corridor', delta: 2 }, upTo(2)),
        },
        'crisis.deescalate': deescalate,
      },
    },
    // The demand is on the table. Russia "would also need to trust in Belarus' cooperation". (NATO's dilemmas; Introduction)
    corridorDemand: {
      on: {
        'transit.grant': { target: 'transitGranted', actions: grant },
        'transit.refuse': { target: 'transitRefused', actions: refuse },
        // "Any footdragging shown by Lukashenka that hinders Russian military preparations can buy NATO more time"
        // (Lanoszka). (Conclusions)
        'transit.delay': {
          target: 'footDragging',
          actions: fx(footdragging, { track: 'warningTime', delta: 2 }, { track: 'corridor', delta: -1 }, { track: 'allianceCommitment', delta: -1 }),
        },
        'posture.flex': { target: 'flexiblePosture', actions: flex },
        'posture.entrench': { target: 'entrenchedPosture', actions: entrench },
        'crisis.deescalate': deescalate,
      },
    },
    // Russian columns may cross Belarus, willingly let through or forced through. Their movement could "inadvertently
    // provide early warning to NATO" (Lanoszka & Hunzecker). (Introduction; Conclusions)
    transitGranted: {
      entry: fx(footdragging, { track: 'warningTime', delta: 1 }),
      on: {
        // Surprise: Riga and Tallinn "in 30 to 60 hours", before NATO has chosen how to answer. (Russian intentions)
        'corridor.launch': launch,
        // Minsk closes the roads again: the alliance may not "survive the duress of war" (Lanoszka). (Conclusions)
        'transit.refuse': { target: 'transitRefused', actions: refuse },
        'posture.flex': { target: 'flexiblePosture', actions: flex },
        'posture.entrench': { target: 'entrenchedPosture', actions: entrench },
        'crisis.deescalate': deescalate,
      },
    },
    // Minsk says no: "What is considered wartime for one country is not necessarily such for the other" (Parotnikau).
    // (The Regional Group of Forces)
    transitRefused: {
      on: {
        'transit.coerce': { target: 'transitGranted', actions: coerce },
        'hybrid.strike': seize,
        'posture.flex': { target: 'flexiblePosture', actions: flex },
        'posture.entrench': { target: 'entrenchedPosture', actions: entrench },
        'crisis.deescalate': deescalate,
      },
    },
    // Delay, caps on numbers, paperwork: Minsk "might not derail the Kremlin's regional ambitions" but "could still
    // frustrate them to NATO's benefit" (Lanoszka). (Conclusions)
    footDragging: {
      on: {
        'transit.grant': { target: 'transitGranted', actions: fx(bridgehead, { track: 'corridor', delta: 2 }, { track: 'allianceCommitment', delta: 1 }, { track: 'neutralityCredibility', delta: -1 }) },
        'transit.refuse': { target: 'transitRefused', actions: refuse },
        'transit.coerce': { target: 'transitGranted', actions: coerce },
        'hybrid.strike': seize,
        'posture.flex': { target: 'flexiblePosture', actions: flex },
        'posture.entrench': { target: 'entrenchedPosture', actions: entrench },
        'crisis.deescalate': deescalate,
      },
    },
    // NATO keeps its options open: rapid reinforcement, confidence-building measures that "would buy time", no
    // digging in. Kofman: "deterrence is a difficult mistress to court". (Strategic flexibility; NATO's dilemmas)
    flexiblePosture: {
      on: afterPosture,
    },
    // NATO digs in at the gap: predictable, and "place too many units in the Baltics and NATO creates a vulnerability
    // that Russian leaders will be forced to redress" (Kofman). (Strategic flexibility; NATO's dilemmas)
    entrenchedPosture: {
      on: afterPosture,
    },
    // NATO prepares to strike "military targets within Belarus" if Russia attacks the Baltic states through it.
    // (Strategic flexibility)
    horizontalEscalation: {
      on: {
        'corridor.launch': launch,
        'hybrid.strike': seize,
        ...lateTransit,
        'crisis.deescalate': deescalate,
      },
    },
    // NATO exploits the friction "so as to divide the two allies and to impose further costs on Russia" (Lanoszka).
    // (Strategic flexibility; Conclusions)
    wedge: {
      on: {
        'escalation.threaten': { target: 'horizontalEscalation', actions: threaten() },
        'corridor.launch': launch,
        'hybrid.strike': seize,
        ...lateTransit,
        'crisis.deescalate': deescalate,
      },
    },
    // Corridor war: Article 5, with Belarus as bridgehead and a target; the Russian-Belarusian alliance "would probably
    // not overcome the intrinsic limitations" the paper identified. (Conclusions; Strategic flexibility)
    corridorWar: { type: 'final' },
    // A fait accompli below Article 5: "Moscow can handily demonstrate the alliance's weakness without invasion and
    // occupation" (Kofman). (NATO's dilemmas)
    faitAccompli: { type: 'final' },
    // De-escalation: the exercise ends, the troops go home; "the worst is never certain". (Realities; Zapad)
    deescalation: { type: 'final' },
  },
});

// Horizontal escalation is palatable against a willing partner, but "if Russia is clearly forcing Belarus to align …
// then such horizontal escalation might not be as diplomatically palatable as before" (Lanoszka), and NATO must
// "display internal cohesion on such issues". Either way, a threatened Minsk leans on Moscow. (Strategic flexibility)
function threaten() {
  return fx({ cite: ['recNatoFlexibility', 'natoDilemmas'] },
    upTo(3),
    { track: 'allianceCommitment', delta: 1 },
    { track: 'neutralityCredibility', delta: -1 },
    {
      if: [{ track: 'allianceCommitment', min: WILLING_PARTNER }],
      then: [{ track: 'cohesion', delta: 1 }, { track: 'warningTime', delta: 1 }],
      else: [{ track: 'cohesion', delta: -2 }],
    });
}

// The wedge works where there is friction to exploit: a reluctant or coerced Minsk slows the corridor and costs Moscow
// prestige; a willing partner offers no crack, and the Baltic allies read the overture as appeasement.
// (Strategic flexibility; Conclusions; Incorporate Belarus)
function drive() {
  return fx({ cite: ['recNatoFlexibility', 'conclusions', 'recNatoIncorporate'] },
    {
      if: [{ track: 'allianceCommitment', max: WILLING_PARTNER - 1 }],
      then: [
        { track: 'allianceCommitment', delta: -1 }, { track: 'corridor', delta: -2 }, { track: 'prestige', delta: -1 },
        { track: 'neutralityCredibility', delta: 1 }, { track: 'warningTime', delta: 1 },
      ],
      else: [{ track: 'cohesion', delta: -1 }],
    });
}
