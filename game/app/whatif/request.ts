// What the what-if panel asks for, and what it gets back: personas and difficulty per faction, N games and at most
// one changed parameter; the result is the changed batch beside the unchanged baseline (same seeds for both).
import type { Difficulty } from '../../ai/bot';
import type { PersonaId } from '../../ai/personas';
import { FACTIONS, type Faction } from '../../rules/types';
import type { BatchSpec, BatchSummary, Branch, Change } from './batch';

export interface WhatIfRequest {
  games: number;
  seats: Record<Faction, { persona: PersonaId; difficulty: Difficulty }>;
  change: Change | null;
}

export interface WhatIfResult {
  request: WhatIfRequest;
  baseline: BatchSummary;
  /** Null when no parameter was changed. */
  changed: BatchSummary | null;
}

/** Most games one request may ask for: enough for a seminar's question, few enough to finish in minutes. */
export const MAX_GAMES = 20_000;

/** The two batches of a request: the baseline and, with a change, the same seeds with the change applied. */
export function batchSpecs(request: WhatIfRequest, seed: number, from: Branch | null): { baseline: BatchSpec; changed: BatchSpec | null } {
  const seats = Object.fromEntries(FACTIONS.map((f) => [f, { kind: 'bot' as const, ...request.seats[f] }])) as BatchSpec['seats'];
  const baseline: BatchSpec = { games: request.games, seed, seats, from, change: null };
  return { baseline, changed: request.change ? { ...baseline, change: request.change } : null };
}

/** Why a request cannot run, or null. */
export function requestProblem(request: WhatIfRequest): string | null {
  if (!Number.isInteger(request.games) || request.games < 1 || request.games > MAX_GAMES) return `The number of games must be a whole number from 1 to ${MAX_GAMES}.`;
  return null;
}
