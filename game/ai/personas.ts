// Bot personas per faction (FACTBOOK §1 actors, §4 bargaining strategies): what each leadership wants beyond the
// scenario's objectives, as weights on tracks, and the thresholds where it flips between compromise and hard line.
import type { SECTIONS } from '../rules';
import type { Condition, Faction, TrackId } from '../rules/types';

export const PERSONA_IDS = ['historical', 'hawk', 'accommodating', 'opportunist'] as const;
export type PersonaId = (typeof PERSONA_IDS)[number];
type SectionId = keyof typeof SECTIONS;

/** Victory points a persona puts on a track going from its minimum to its maximum (negative: less is better). */
type Weights = Partial<Record<TrackId, number>>;

/** A change of line when the state crosses a threshold: its weights replace the persona's for the tracks named
 *  (personaOf hands out stances with the persona's other weights merged in). */
export interface Stance { label: string; when: Condition[]; weights: Weights; cite: SectionId }

export interface Persona {
  id: PersonaId;
  /** What the persona is after, as a noun phrase that reads after "for" in reasons ("for rent from Moscow without
   *  integration"), not a motto or an order. */
  line: string;
  /** The paper section the line rests on, cited when no card or deal explains a move. */
  cite: SectionId;
  weights: Weights;
  /** How much a rival's expected score counts against its own (0: indifferent, 1: zero-sum). */
  rivalry: number;
  /** Checked in order; the first that holds is the persona's stance this move. */
  stances: Stance[];
}

const low = (track: TrackId, max: number): Condition => ({ track, max });
const high = (track: TrackId, min: number): Condition => ({ track, min });
const either = (...any: Condition[]): Condition => ({ any });

const BELARUS: Record<PersonaId, Omit<Persona, 'id'>> = {
  // Rent without integration, and when forced to choose, the social contract over sovereignty. (Irreconcilable views; Conclusions)
  historical: {
    line: 'rent from Moscow without integration',
    cite: 'irreconcilableViews',
    weights: { regimeStability: 3, economy: 2, sovereignty: 2, neutralityCredibility: 1, engagement: 1, tension: -2, integration: -1, militaryPresence: -2, sanctions: -1 },
    rivalry: 0.3,
    stances: [
      { label: 'the social contract before sovereignty', when: [either(low('regimeStability', 3), low('economy', 2))], weights: { regimeStability: 6, economy: 4, sovereignty: 0.5, integration: 0 }, cite: 'conclusions' },
      { label: 'out of someone else’s war: stepping back from Moscow', when: [high('allianceCommitment', 7)], weights: { allianceCommitment: -3, neutralityCredibility: 2 }, cite: 'securityDilemma' },
      { label: 'fear of abandonment: mending fences with Moscow', when: [low('allianceCommitment', 2)], weights: { allianceCommitment: 2, economy: 3 }, cite: 'securityDilemma' },
    ],
  },
  // Sovereignty is "sacred" and "not for sale"; threaten defection rather than give ground. (Irreconcilable views; Security dilemma)
  hawk: {
    line: 'a sovereignty that is not for sale',
    cite: 'irreconcilableViews',
    weights: { sovereignty: 4, neutralityCredibility: 2, allianceCommitment: -2, integration: -3, militaryPresence: -3, engagement: 1, economy: 1, regimeStability: 1.5 },
    rivalry: 0.5,
    stances: [
      { label: 'regime survival first', when: [low('regimeStability', 2)], weights: { regimeStability: 6, economy: 3, sovereignty: 2 }, cite: 'conclusions' },
      { label: 'rallying round the flag', when: [high('tension', 3)], weights: { regimeStability: 3, tension: -2 }, cite: 'divergingDiplomacy' },
    ],
  },
  // The "brotherhood": subsidies for loyalty, until a red line (no supranational bodies) is in sight. (Brothers in arms; From stalemate to ultimatum)
  accommodating: {
    line: 'subsidies for loyalty',
    cite: 'brothersInArms',
    weights: { economy: 3, regimeStability: 3, allianceCommitment: 2, sovereignty: 1, tension: -1 },
    rivalry: 0.1,
    stances: [
      { label: 'a red line: no supranational bodies', when: [low('sovereignty', 4)], weights: { sovereignty: 5, integration: -3, allianceCommitment: 0 }, cite: 'stalemateToUltimatum' },
    ],
  },
  // Multi-vector "dictaplomacy": take from whoever pays, cry wolf to the West, blackmail Moscow. (Belarusian vulnerabilities; Disputes over armaments)
  opportunist: {
    line: 'taking from whoever pays',
    cite: 'belarusianVulnerabilities',
    weights: { economy: 3, engagement: 2, sanctions: -2, regimeStability: 2, sovereignty: 1.5, neutralityCredibility: 1 },
    rivalry: 0.6,
    stances: [
      { label: 'leaning East for money', when: [low('economy', 3)], weights: { economy: 5, allianceCommitment: 2 }, cite: 'belarusianVulnerabilities' },
      { label: 'cashing in Western offers', when: [high('engagement', 6)], weights: { allianceCommitment: -2, neutralityCredibility: 2 }, cite: 'belarusianVulnerabilities' },
    ],
  },
};

const RUSSIA: Record<PersonaId, Omit<Persona, 'id'>> = {
  // Marketization was "probably its priority from the onset": keep the ally, pay less. (From stalemate to ultimatum; Russian intentions)
  historical: {
    line: 'a cheaper ally kept in the fold',
    cite: 'stalemateToUltimatum',
    weights: { subsidyCost: -3, allianceCommitment: 2, prestige: 2, integration: 1.5, leverage: 1, militaryPresence: 1, sharpPower: 1, tension: -1.5 },
    rivalry: 0.3,
    stances: [
      { label: 'hard line: the fear of losing control over Minsk', when: [either(low('allianceCommitment', 3), high('engagement', 7))], weights: { leverage: 3, sharpPower: 2, allianceCommitment: 4 }, cite: 'cracksInFacade' },
    ],
  },
  // Absorption, a base and air defence: the maximalist reading of the Union State. (Absorbing Belarus (2024); Airbase, what airbase?)
  hawk: {
    line: 'absorption and a base',
    cite: 'absorbing2024',
    weights: { integration: 4, militaryPresence: 4, sharpPower: 3, leverage: 2, a2ad: 2, corridor: 2, allianceCommitment: 2, prestige: 1, subsidyCost: -1 },
    rivalry: 0.6,
    stances: [
      { label: 'restraint: a war it could not manage', when: [high('tension', 4)], weights: { tension: -3, corridor: 0 }, cite: 'russianIntentions' },
    ],
  },
  // "Oil for kisses": pay for loyalty and a showcase union. (Irreconcilable views; Introduction)
  accommodating: {
    line: 'paying for loyalty',
    cite: 'irreconcilableViews',
    weights: { allianceCommitment: 3, prestige: 3, tension: -3, subsidyCost: -0.5 },
    rivalry: 0.1,
    stances: [
      { label: 'hard line: no more money for a defector', when: [low('allianceCommitment', 2)], weights: { leverage: 3, subsidyCost: -2 }, cite: 'introduction' },
    ],
  },
  // The "shorter leash": coerce when Minsk is weak enough to concede. (Russian intentions; Conclusions)
  opportunist: {
    line: 'a shorter leash',
    cite: 'russianIntentions',
    weights: { subsidyCost: -2, leverage: 2, sharpPower: 2, prestige: 1, allianceCommitment: 1.5 },
    rivalry: 0.6,
    stances: [
      { label: 'pouncing on a weakened Minsk', when: [either(low('regimeStability', 3), low('economy', 2))], weights: { integration: 3, militaryPresence: 3, sharpPower: 3 }, cite: 'russianIntentions' },
    ],
  },
};

const NATO: Record<PersonaId, Omit<Persona, 'id'>> = {
  // Deter without provoking; Belarus as a buffer to support, not a threat to wall off. (NATO's dilemmas; Recommendations for NATO)
  historical: {
    line: 'deterrence without provocation',
    cite: 'natoDilemmas',
    weights: { cohesion: 3, tension: -2.5, sovereignty: 1.5, engagement: 1, neutralityCredibility: 1, resilience: 1, warningTime: 1, posture: 0.5, a2ad: -1, corridor: -2 },
    rivalry: 0.3,
    stances: [
      { label: 'deterrence first: Russian forces on the move', when: [either(high('tension', 3), high('militaryPresence', 2), high('corridor', 3))], weights: { posture: 3, warningTime: 2, cohesion: 4 }, cite: 'natoDilemmas' },
    ],
  },
  // Entrenchment on the flank, the frontline allies' reading. (NATO's dilemmas)
  hawk: {
    line: 'entrenchment on the flank',
    cite: 'natoDilemmas',
    weights: { posture: 4, cohesion: 3, warningTime: 2, sanctions: 2, a2ad: -2, corridor: -3, tension: -0.5, engagement: -0.5 },
    rivalry: 0.6,
    stances: [
      { label: 'flexibility, not entrenchment, at the brink', when: [high('tension', 4)], weights: { posture: 0, tension: -3 }, cite: 'recNatoFlexibility' },
    ],
  },
  // Engagement, neutrality and "Helsinki-2": the bridge-builder line of the paper's recommendations. (Support neutrality; Bridge-builder)
  accommodating: {
    line: 'engagement and recognised neutrality',
    cite: 'recNatoNeutrality',
    weights: { engagement: 3, neutralityCredibility: 3, sovereignty: 2, tension: -3, sanctions: -1, posture: -1, resilience: 1, cohesion: 1 },
    rivalry: 0.1,
    stances: [
      { label: 'reassuring the Baltic allies', when: [either(high('corridor', 3), high('tension', 4))], weights: { posture: 2, cohesion: 3 }, cite: 'natoDilemmas' },
    ],
  },
  // A wedge between the allies: pull Minsk away when it drifts. (Recommendations for NATO > Strategic flexibility)
  opportunist: {
    line: 'a wedge between Minsk and Moscow',
    cite: 'recNatoFlexibility',
    weights: { allianceCommitment: -3, engagement: 2, sovereignty: 2, cohesion: 2, tension: -1 },
    rivalry: 0.6,
    stances: [
      { label: 'deterrence while tension runs high', when: [high('tension', 3)], weights: { posture: 2, cohesion: 3 }, cite: 'natoDilemmas' },
      { label: 'driving the wedge while Minsk drifts', when: [low('allianceCommitment', 4)], weights: { engagement: 3, neutralityCredibility: 2 }, cite: 'recNatoFlexibility' },
    ],
  },
};

const TABLE: Record<Faction, Record<PersonaId, Omit<Persona, 'id'>>> = { belarus: BELARUS, russia: RUSSIA, nato: NATO };
const PERSONAS = Object.fromEntries(Object.entries(TABLE).map(([f, byId]) => [f, Object.fromEntries(Object.entries(byId).map(([id, p]) => [id, {
  id, ...p, stances: p.stances.map((s) => ({ ...s, weights: { ...p.weights, ...s.weights } })),
}]))])) as Record<Faction, Record<PersonaId, Persona>>;

export function personaOf(faction: Faction, id: PersonaId): Persona {
  return PERSONAS[faction][id];
}
