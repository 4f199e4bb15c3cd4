// How each persona bargains (FACTBOOK §4.2): how far it doubts a blackmailer's odds, how good the odds must be
// before it blackmails, how much it values deterring a harmful card with a threat, and how much of a deadlock's
// cost it believes a stall saves (Minsk's sequencing). The numbers are our calibration; the lines are the paper's.
import type { SECTIONS } from '../rules';
import type { Faction } from '../rules/types';
import type { PersonaId } from './personas';

export interface Tactics {
  /** Share of a blackmailer's shown odds it discounts before calling the bluff (0: takes them at face value;
   *  negative: fears the threat more than the odds show). */
  doubt: number;
  /** Least odds (0–1) that its defection threat holds at which it blackmails (above 1: never). */
  blackmailAt: number;
  /** Weight on deterring a card that would hurt it by threatening a response (0: never threatens). */
  threatens: number;
  /** Share of a deadlock's cost it believes postponing saves (0: never stalls). */
  stalls: number;
  /** The section behind the faction's bargaining line, cited for a stall. */
  cite: keyof typeof SECTIONS;
  /** Why it postpones, in a clause. */
  stallLine: string;
}

const NEVER = 2;

const TACTICS: Record<Faction, Record<PersonaId, Omit<Tactics, 'cite' | 'stallLine'>>> = {
  belarus: {
    // Entrapment blackmail when the odds are good (S1); sign, praise and postpone: sequencing (S4); the CSTO boycott linked to a trade war (S2).
    historical: { doubt: 0.2, blackmailAt: 0.45, threatens: 1, stalls: 0.7 },
    hawk: { doubt: 0.4, blackmailAt: 0.3, threatens: 1.5, stalls: 0.3 },
    accommodating: { doubt: 0, blackmailAt: 0.8, threatens: 0, stalls: 0.2 },
    opportunist: { doubt: 0.2, blackmailAt: 0.35, threatens: 1, stalls: 0.5 },
  },
  russia: {
    // Since 2015 Moscow answers Minsk's threats with conditionality and marketization (S1 limits, S6); oil as the lever (S2).
    historical: { doubt: 0.2, blackmailAt: NEVER, threatens: 1, stalls: 0.2 },
    hawk: { doubt: 0.6, blackmailAt: NEVER, threatens: 1.5, stalls: 0 },
    // Moscow's fear of "losing control over its unpredictable neighbour" (FACTBOOK §4.1) makes the dove overrate the threat.
    accommodating: { doubt: -0.5, blackmailAt: NEVER, threatens: 0, stalls: 0.3 },
    opportunist: { doubt: 0.1, blackmailAt: NEVER, threatens: 1, stalls: 0.3 },
  },
  nato: {
    // Deterrence signalling under the Catch-22 (S12): the hawk threatens reinforcement, the bridge-builder talks.
    historical: { doubt: 0.3, blackmailAt: NEVER, threatens: 0.7, stalls: 0.3 },
    hawk: { doubt: 0.5, blackmailAt: NEVER, threatens: 1.5, stalls: 0 },
    accommodating: { doubt: 0, blackmailAt: NEVER, threatens: 0.2, stalls: 0.5 },
    opportunist: { doubt: 0.3, blackmailAt: NEVER, threatens: 1, stalls: 0.4 },
  },
};

/** Minsk postpones political integration behind economic (S4); Moscow insists on past agreements; NATO weighs its dilemmas. */
const LINE: Record<Faction, Pick<Tactics, 'cite' | 'stallLine'>> = {
  belarus: { cite: 'irreconcilableViews', stallLine: 'the economy first, the politics later' },
  russia: { cite: 'stalemateToUltimatum', stallLine: 'past agreements first, new ones later' },
  nato: { cite: 'natoDilemmas', stallLine: 'the allies must agree first' },
};

const FULL = Object.fromEntries(Object.entries(TACTICS).map(([f, byPersona]) => [f, Object.fromEntries(Object.entries(byPersona)
  .map(([p, t]) => [p, { ...t, ...LINE[f as Faction] }]))])) as Record<Faction, Record<PersonaId, Tactics>>;

export const tacticsOf = (faction: Faction, persona: PersonaId): Tactics => FULL[faction][persona];
