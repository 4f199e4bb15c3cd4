// The hybrid decision point (FACTBOOK themes I, J, L): Russia's "sharp power" offensive in Belarus and the 2020
// election year. Information operations grow into networks (GONGOs, church, right-wing youth and paramilitary groups),
// then into meddling in the campaign; soft Belarusianisation and EU counter-disinformation can contain them.
// Then the paper's forecast loop (FACTBOOK L1): mass protests → mass repression → Western sanctions → Belarus "back
// into Russia's embrace". Two other ways out of a protest crisis: a negotiated transition (our counterfactual, outside
// the paper), or, if society's resilience collapses while the regime is shaken, a hybrid takeover ("Ukraine 2.0", hedged).
// Paper: Myth #3 > Not a myth: sharp power; Absorbing Belarus (2024); Realities > Belarusian vulnerabilities;
// Realities > Russian intentions; Conclusions; Rec EU > Disinformation; Rec EU > Civil society.
import { setup } from 'xstate';
import { effectsAction, fx, type DecisionEvent } from './decision-effects';
import type { TrackId } from '../types';

type HybridEvent = DecisionEvent<
  | 'networks.build' | 'campaign.meddle' | 'offensive.contain'
  | 'protests.erupt' | 'protests.repress' | 'dialogue.open' | 'transition.agree'
  | 'sanctions.impose' | 'embrace.accept' | 'takeover.launch'
>;

/** Resilience at or above which soft Belarusianisation and counter-disinformation contain the offensive. */
export const CONTAIN_RESILIENCE = 7;
/** A hybrid takeover needs a society that no longer resists Russian influence: sharp power at least this far above
 *  resilience (whether civil society is "resilient enough to not succumb", Conclusions)… */
export const TAKEOVER_GAP = 3;
/** …and a regime already shaken: regime stability at most this (Belarusian vulnerabilities). */
export const TAKEOVER_REGIME = 3;
/** A negotiated transition needs a West that is still at the table (engagement). */
export const TRANSITION_ENGAGEMENT = 5;

// A track the scenario does not model never blocks a transition: the guard reads it as exactly at the threshold.
const atLeast = (e: HybridEvent, id: TrackId, n: number) => (e.tracks[id] ?? n) >= n;
const atMost = (e: HybridEvent, id: TrackId, n: number) => (e.tracks[id] ?? n) <= n;
const gapAtLeast = (e: HybridEvent, over: TrackId, under: TrackId, n: number) => {
  const [a, b] = [e.tracks[over], e.tracks[under]];
  return a === undefined || b === undefined || a - b >= n;
};

const OUTSIDE_2020 = 'the events of August–December 2020 are outside the paper, which ends in late spring 2020';

// Russian money builds standing channels: foundations, GONGOs (CIS-EMO), Regnum and Sputnik, "West Russist" clergy,
// right-wing youth (Rumol), Cossack communities. (Not a myth: sharp power; Irreconcilable views)
const buildNetworks = (resilienceLoss: number) => ({
  target: 'networks' as const,
  actions: fx({ cite: ['sharpPower', 'irreconcilableViews'] },
    { track: 'sharpPower', delta: 1 }, ...(resilienceLoss ? [{ track: 'resilience' as const, delta: -resilienceLoss }] : [])),
});

// Counter-measures win: soft Belarusianisation, EU counter-disinformation (EUvsDisinfo, BelSat) and media awareness give
// a society that no longer "succumbs to 'Russian World' propaganda". (Not a myth: sharp power; Rec EU > Disinformation;
// Rec EU > Civil society; Conclusions)
const contain = {
  guard: 'resilient' as const,
  target: 'contained' as const,
  actions: fx({ cite: ['sharpPower', 'recEuDisinformation', 'recEuCivilSociety', 'conclusions'] },
    { track: 'sharpPower', delta: -1 }, { track: 'independenceSupport', delta: 3 }),
};

// Mass protests "against electoral fraud or following the likely degradation of the economic situation", as in 2011;
// worse where Russian meddling stirs them, since they are "highly susceptible to Russian provocation and propaganda".
// (Belarusian vulnerabilities)
const erupt = (regimeLoss: number) => ({
  target: 'protests' as const,
  actions: fx({ cite: ['belarusianVulnerabilities'], extrapolation: `Forecast in the paper, which reports the Covid-19 protests and arrests up to May 2020; ${OUTSIDE_2020}.` },
    { track: 'regimeStability', delta: -regimeLoss }, { track: 'tension', delta: 1 }, { track: 'independenceSupport', delta: 2 }),
});

// Repression: the regime "would probably return to its old practices of mass repression". (Belarusian vulnerabilities)
const repress = {
  target: 'repression' as const,
  actions: fx({ cite: ['belarusianVulnerabilities'], extrapolation: `Forecast in the paper; ${OUTSIDE_2020}.` },
    { track: 'regimeStability', delta: 1 }, { track: 'engagement', delta: -2 }, { track: 'resilience', delta: -1 }, { track: 'neutralityCredibility', delta: -1 }),
};

// Releasing the detainees and talking to the street, to stop the sanctions or the protests: a counterfactual the paper
// leaves room for ("acknowledge and encourage whatever progress on the road to liberalisation"), while warning that
// promises "he never holds" are a trademark of Lukashenka's dictaplomacy. (Defend independence; Democratic principles)
const openDialogue = (sanctionsRelief: number) => ({
  target: 'dialogue' as const,
  actions: fx({ cite: ['recNatoIndependence', 'recEuDemocracy'], extrapolation: 'A counterfactual: the paper expects repression, not dialogue.' },
    { track: 'regimeStability', delta: -1 }, { track: 'engagement', delta: sanctionsRelief ? 2 : 1 },
    ...(sanctionsRelief ? [{ track: 'sanctions' as const, delta: -sanctionsRelief }] : [{ track: 'resilience' as const, delta: 1 }])),
});

// "Helping to foment a coup during a succession crisis", agents provocateurs, a "civil war" pretext: a Donbas-type
// takeover by deniable means, which Belarus "would not withstand". (Russian intentions; Belarusian vulnerabilities; Not a myth: sharp power)
const takeover = {
  guard: 'collapsing' as const,
  target: 'takeover' as const,
  actions: fx({ cite: ['russianIntentions', 'belarusianVulnerabilities', 'sharpPower', 'conclusions'], extrapolation: 'A hedged scenario: the paper says a hybrid takeover "should not be excluded a priori"; none happened. Its costs for Russia (sanctions, the CSTO showcase) follow Russian intentions.' },
    { track: 'sovereignty', delta: -5 }, { track: 'tension', delta: 2 }, { track: 'prestige', delta: -2 }, { track: 'sanctions', delta: 2 }),
};

export const createHybridMachine = () => setup({
  types: { events: {} as HybridEvent },
  actions: { effects: effectsAction },
  guards: {
    resilient: ({ event }) => atLeast(event, 'resilience', CONTAIN_RESILIENCE),
    collapsing: ({ event }) => gapAtLeast(event, 'sharpPower', 'resilience', TAKEOVER_GAP) && atMost(event, 'regimeStability', TAKEOVER_REGIME),
    westAtTable: ({ event }) => atLeast(event, 'engagement', TRANSITION_ENGAGEMENT),
  },
}).createMachine({
  id: 'hybrid',
  initial: 'infoOps',
  states: {
    // Information operations: Belarusians are "inextricably integrated in the Russian information space", Russian content
    // dominates their TV, and the "Russian World" narrative has been aimed at them since 2015–16. (Not a myth: sharp power)
    infoOps: {
      on: {
        // From broadcasting to organising. (Not a myth: sharp power)
        'networks.build': buildNetworks(1),
        // Soft Belarusianisation and counter-disinformation outpace the broadcasts. (Rec EU > Civil society)
        'offensive.contain': contain,
        // Economic protests, as in the 2011 "clapping revolution". (Belarusian vulnerabilities)
        'protests.erupt': erupt(2),
      },
    },
    // Networks: the channels of influence the iSans report documented, and Russia's "well-heeled civil society
    // organizations". (Not a myth: sharp power; Conclusions)
    networks: {
      on: {
        // "As they did in 2010": the (dis)information arsenal turned on "Batka" in an election year, without backing a
        // challenger. Minsk notices. (Absorbing Belarus (2024))
        'campaign.meddle': {
          target: 'meddling',
          actions: fx({ cite: ['absorbing2024', 'belarusianVulnerabilities'] },
            { track: 'regimeStability', delta: -1 }, { track: 'sharpPower', delta: 1 }, { track: 'allianceCommitment', delta: -1 }),
        },
        // The networks lose their audience. (Rec EU > Disinformation)
        'offensive.contain': contain,
        // Protests break out before the campaign does. (Belarusian vulnerabilities)
        'protests.erupt': erupt(2),
      },
    },
    // Election meddling: the regime is "particularly vulnerable to Russian influence or possibly interference during
    // the campaign". (Absorbing Belarus (2024); Belarusian vulnerabilities)
    meddling: {
      on: {
        // Debunked and ignored: the campaign fizzles. (Rec EU > Disinformation; Rec EU > Civil society)
        'offensive.contain': contain,
        // Protests stirred by Russian media and provocateurs hit the regime harder. (Belarusian vulnerabilities; Russian intentions)
        'protests.erupt': erupt(3),
      },
    },
    // Contained: society resists "Russian World" propaganda, "a determining variable". Russia may rebuild its networks,
    // and fraud can still bring people out. (Conclusions; Not a myth: sharp power; Rec EU > Civil society)
    contained: {
      on: {
        // The offensive resumes with new money. (Not a myth: sharp power)
        'networks.build': buildNetworks(0),
        // A resilient society is also one that protests fraud. (Belarusian vulnerabilities)
        'protests.erupt': erupt(2),
      },
    },
    // Mass protests: "putting Lukashenka's personal survival under stress" and opening "avenues for Russian
    // interference". (Belarusian vulnerabilities)
    protests: {
      on: {
        // The old reflex. (Belarusian vulnerabilities)
        'protests.repress': repress,
        // Talk instead of beating: our counterfactual. (Defend independence; Democratic principles)
        'dialogue.open': openDialogue(0),
        // The crisis becomes a pretext. (Russian intentions; Belarusian vulnerabilities)
        'takeover.launch': takeover,
      },
    },
    // Dialogue with the street: the Russophile media's nightmare of a colour revolution, and a test of whether the West
    // will back a post-Lukashenka opening. (Not a myth: sharp power; Rec EU > Economic reforms)
    dialogue: {
      on: {
        // A round table and free elections, backed by Western credits; Russia's "counter-reaction … guaranteed".
        // Only while the West is still at the table. (Rec EU > Economic reforms; Defend independence)
        'transition.agree': {
          guard: 'westAtTable',
          target: 'transition',
          actions: fx({ cite: ['recEuReforms', 'recNatoIndependence'], extrapolation: 'A counterfactual: no negotiated transition happened; the paper only says change may come "once it enters a post-Lukashenka era".' },
            { track: 'sovereignty', delta: 1 }, { track: 'allianceCommitment', delta: -2 }, { track: 'engagement', delta: 2 }, { track: 'tension', delta: 1 }),
        },
        // Minsk reneges: "promises of reforms that he never holds". (Defend independence; Belarusian vulnerabilities)
        'protests.repress': repress,
        // Moscow moves before a colour revolution can succeed: the "Ukraine 2.0" warning come true. (Not a myth: sharp power; Russian intentions)
        'takeover.launch': takeover,
      },
    },
    // Mass repression. "This, in turn, would justify the reintroduction of Western sanctions and opprobrium."
    // (Belarusian vulnerabilities)
    repression: {
      on: {
        // The sanctions return. (Belarusian vulnerabilities; Democratic principles)
        'sanctions.impose': {
          target: 'sanctioned',
          actions: fx({ cite: ['belarusianVulnerabilities', 'recEuDemocracy'], extrapolation: `Forecast in the paper; ${OUTSIDE_2020}.` },
            { track: 'sanctions', delta: 3 }, { track: 'engagement', delta: -2 }, { track: 'economy', delta: -1 }, { track: 'allianceCommitment', delta: 1 }),
        },
        // Detainees released before the sanctions bite. (Defend independence)
        'dialogue.open': openDialogue(1),
        // Repression breeds chaos Moscow can exploit. (Russian intentions)
        'takeover.launch': takeover,
      },
    },
    // Sanctioned: Western credit and legitimacy gone, "pushing Belarus back into Russia's embrace". (Belarusian vulnerabilities)
    sanctioned: {
      on: {
        // Moscow pays for the regime's survival and gets a shorter leash through "economic dominance"; the social
        // contract chosen over sovereignty. (Conclusions; Russian intentions; Rec EU > Economic reforms: a "rescue")
        'embrace.accept': {
          target: 'dependence',
          actions: fx({ cite: ['belarusianVulnerabilities', 'conclusions', 'russianIntentions'], extrapolation: `Forecast in the paper; ${OUTSIDE_2020}.` },
            { track: 'allianceCommitment', delta: 2 }, { track: 'sovereignty', delta: -1 }, { track: 'economy', delta: 1 }, { track: 'leverage', delta: 2 }),
        },
        // Detainees traded for sanctions relief: dictaplomacy's usual bargain. (Defend independence; Belarusian vulnerabilities)
        'dialogue.open': openDialogue(2),
      },
    },
    // Back in Russia's embrace: the regime saved, its autonomy spent. (Belarusian vulnerabilities; Conclusions)
    dependence: { type: 'final' },
    // A negotiated transition and a turn to the West, outside the paper's expectations. (Rec EU > Economic reforms)
    transition: { type: 'final' },
    // Hybrid takeover, "Ukraine 2.0": subjugation without an open invasion. (Belarusian vulnerabilities; Conclusions)
    takeover: { type: 'final' },
  },
});
