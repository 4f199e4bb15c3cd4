// The entrapment dial (GAME-DESIGN §2.4): where Belarus' commitment to Russia puts it between the risk of
// abandonment and the risk of entrapment. Paper: Myth #1 > Belarus' security dilemma and entrapment.
import { setup } from 'xstate';
import { effectsAction, fx, track, type DecisionEvent } from './decision-effects';

type DialEvent = DecisionEvent<'dial.assess'>;

const commitment = (e: DialEvent) => track(e, 'allianceCommitment', 5);

export const ENTRAPMENT_ZONE = 7;
export const ABANDONMENT_ZONE = 3;
/** Tension at which high commitment turns from a risk into being dragged in (crisis and above). */
export const DRAGGED_IN_TENSION = 3;

// Each assessment re-reads the dial; the first matching zone wins. Staying in a zone repeats its cost.
const zones = [
  { guard: 'draggedIn', target: '#entrapment.entrapped' },
  { guard: 'highCommitment', target: '#entrapment.entrapmentRisk' },
  { guard: 'lowCommitment', target: '#entrapment.abandonmentRisk' },
  { target: '#entrapment.hedging' },
] as const;

export const createEntrapmentMachine = () => setup({
  types: { events: {} as DialEvent },
  actions: { effects: effectsAction },
  guards: {
    draggedIn: ({ event }) => commitment(event) >= ENTRAPMENT_ZONE && track(event, 'tension') >= DRAGGED_IN_TENSION,
    highCommitment: ({ event }) => commitment(event) >= ENTRAPMENT_ZONE,
    lowCommitment: ({ event }) => commitment(event) <= ABANDONMENT_ZONE,
  },
}).createMachine({
  id: 'entrapment',
  initial: 'hedging',
  on: { 'dial.assess': zones },
  states: {
    // Strategically aligned, politically disloyal: the balance Minsk kept for two decades. (Myth #1 > Brothers in arms)
    hedging: {},
    // Too little commitment: "abandoned in case hostilities … break out"; Russia cuts support. (Security dilemma; Introduction)
    abandonmentRisk: {
      entry: fx({ cite: ['securityDilemma', 'introduction'] }, { track: 'economy', delta: -1 }, { track: 'sharpPower', delta: 1 }),
    },
    // Too much commitment: neutrality loses credibility, NATO sees "an extension of Russia". (Cracks in the façade)
    entrapmentRisk: {
      entry: fx({ cite: ['securityDilemma', 'cracksInFacade'] }, { track: 'neutralityCredibility', delta: -1 }, { track: 'sovereignty', delta: -1 }),
    },
    // Dragged "into someone else's war": the regional group of forces under joint command. (Security dilemma; Regional Group of Forces)
    entrapped: {
      entry: fx({ cite: ['securityDilemma', 'regionalGroupOfForces'] }, { track: 'regimeStability', delta: -1 }, { track: 'sovereignty', delta: -1 }, { track: 'tension', delta: 1 }),
    },
  },
});
