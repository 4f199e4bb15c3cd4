// Track definitions (GAME-DESIGN §2.2): range, owner, named thresholds, and the paper section behind each.
import type { Faction, Source, TrackId } from './types';

export interface Threshold { at: number; dir: 'up' | 'down'; label: string }

export interface TrackDef {
  /** Its name for people: the State of play panel shows it (with the unit) and bots' reasons use it. */
  label: string;
  /** What its points count, when not plain points ("%" for a share of the population). */
  unit?: '%';
  owner: Faction | 'society' | 'west' | 'region';
  min: number;
  max: number;
  /** Crossing one of these is logged and may feed an end state or a decision point. */
  thresholds: Threshold[];
  source: Source;
}

const zeroToTen = { min: 0, max: 10 } as const;

export const TRACKS: Record<TrackId, TrackDef> = {
  sovereignty: { label: 'Sovereignty', owner: 'belarus', ...zeroToTen, thresholds: [{ at: 3, dir: 'down', label: 'sovereignty-eroded' }], source: { cite: ['stalemateToUltimatum', 'conclusions'] } },
  regimeStability: { label: 'Regime stability', owner: 'belarus', ...zeroToTen, thresholds: [{ at: 3, dir: 'down', label: 'regime-shaken' }], source: { cite: ['belarusianVulnerabilities', 'conclusions'] } },
  economy: { label: 'Economy and reserves', owner: 'belarus', ...zeroToTen, thresholds: [{ at: 2, dir: 'down', label: 'economic-duress' }], source: { cite: ['stalemateToUltimatum', 'belarusianVulnerabilities'] } },
  neutralityCredibility: { label: 'Neutrality credibility', owner: 'belarus', ...zeroToTen, thresholds: [{ at: 7, dir: 'up', label: 'neutrality-credible' }], source: { cite: ['cracksInFacade', 'recNatoNeutrality'] } },
  airDefence: { label: 'Air defence', owner: 'belarus', ...zeroToTen, thresholds: [{ at: 3, dir: 'down', label: 'air-defence-hole' }], source: { cite: ['disputesOverArmaments', 'jointAirDefence'] } },
  allianceCommitment: { label: 'Alliance commitment', owner: 'belarus', ...zeroToTen, thresholds: [{ at: 7, dir: 'up', label: 'entrapment-zone' }, { at: 3, dir: 'down', label: 'abandonment-zone' }], source: { cite: ['securityDilemma'] } },
  independenceSupport: { label: 'Support for independence', unit: '%', owner: 'society', min: 0, max: 100, thresholds: [{ at: 50, dir: 'down', label: 'independence-minority' }], source: { cite: ['sharpPower'] } },
  resilience: { label: 'Resilience to disinformation', owner: 'society', ...zeroToTen, thresholds: [{ at: 3, dir: 'down', label: 'resilience-low' }], source: { cite: ['sharpPower', 'recEuCivilSociety'] } },
  leverage: { label: 'Russian leverage', owner: 'russia', ...zeroToTen, thresholds: [{ at: 3, dir: 'down', label: 'leverage-spent' }], source: { cite: ['introduction', 'brothersInArms'] } },
  integration: { label: 'Integration roadmaps signed', owner: 'russia', min: 0, max: 31, thresholds: [{ at: 30, dir: 'up', label: 'technical-roadmaps-signed' }], source: { cite: ['stalemateToUltimatum'] } },
  militaryPresence: { label: 'Russian military presence', owner: 'russia', min: 0, max: 4, thresholds: [{ at: 2, dir: 'up', label: 'permanent-base' }], source: { cite: ['russianPresence', 'airbase'] } },
  sharpPower: { label: 'Russian sharp power', owner: 'russia', ...zeroToTen, thresholds: [{ at: 7, dir: 'up', label: 'sharp-power-dominant' }], source: { cite: ['sharpPower'] } },
  subsidyCost: { label: 'Subsidy cost to Russia', owner: 'russia', ...zeroToTen, thresholds: [{ at: 2, dir: 'down', label: 'marketized' }], source: { cite: ['absorbing2024', 'russianIntentions'] } },
  prestige: { label: 'Russian prestige', owner: 'russia', ...zeroToTen, thresholds: [{ at: 3, dir: 'down', label: 'prestige-lost' }], source: { cite: ['irreconcilableViews', 'russianIntentions'] } },
  posture: { label: 'NATO posture', owner: 'nato', min: 0, max: 3, thresholds: [{ at: 3, dir: 'up', label: 'entrenchment' }], source: { cite: ['natoDilemmas', 'recNatoFlexibility'] } },
  cohesion: { label: 'Alliance cohesion', owner: 'nato', ...zeroToTen, thresholds: [{ at: 3, dir: 'down', label: 'alliance-divided' }], source: { cite: ['natoDilemmas'] } },
  warningTime: { label: 'Warning time', owner: 'nato', ...zeroToTen, thresholds: [], source: { cite: ['conclusions', 'recNatoFlexibility'] } },
  sanctions: { label: 'Western sanctions', owner: 'west', ...zeroToTen, thresholds: [{ at: 6, dir: 'up', label: 'sanctions-back' }], source: { cite: ['cracksInFacade', 'belarusianVulnerabilities'] } },
  engagement: { label: 'Western engagement', owner: 'west', ...zeroToTen, thresholds: [{ at: 7, dir: 'up', label: 'normalisation' }], source: { cite: ['divergingDiplomacy', 'recNatoIndependence'] } },
  tension: { label: 'Regional tension', owner: 'region', min: 0, max: 5, thresholds: [{ at: 2, dir: 'up', label: 'crisis' }, { at: 4, dir: 'up', label: 'limited-conflict' }], source: { cite: ['natoDilemmas'] } },
  corridor: { label: 'Land corridor to Kaliningrad', owner: 'region', ...zeroToTen, thresholds: [], source: { cite: ['natoDilemmas', 'conclusions'] } },
  a2ad: { label: 'Russian air-defence reach', owner: 'region', ...zeroToTen, thresholds: [], source: { cite: ['natoDilemmas'] } },
};

/** A track's name with its unit, as the State of play panel heads it: "Support for independence (%)". */
export const trackHeading = (track: TrackId) => `${TRACKS[track].label}${TRACKS[track].unit ? ` (${TRACKS[track].unit})` : ''}`;

export const TRACK_IDS = Object.keys(TRACKS) as [TrackId, ...TrackId[]];

/** A change of points as players read it (card and event effects, odds modifiers, the State of play's changes, the
 *  bots' reasons): "+2", "−1" with the minus sign U+2212 as in print (a hyphen "-1" reads as a dash), "0". Saves,
 *  JSON and the command line's --json keep plain numbers. */
export const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

export function clampTrack(track: TrackId, value: number): number {
  const { min, max } = TRACKS[track];
  return Math.max(min, Math.min(max, Math.round(value)));
}

/** Thresholds crossed when a track moves from one value to another. */
export function crossedThresholds(track: TrackId, from: number, to: number): Threshold[] {
  return TRACKS[track].thresholds.filter((t) =>
    t.dir === 'up' ? from < t.at && to >= t.at : from > t.at && to <= t.at,
  );
}
