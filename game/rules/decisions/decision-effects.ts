// Decision statecharts carry their consequences as action params; the rules interpret them
// (effects/apply-effects.ts), so a machine stays pure data plus guards.
import type { Effect, Source, TrackId } from '../types';

export interface EffectsParams { effects: Effect[]; source: Source }

/** Every event sent to a decision statechart carries the current tracks, so guards can read them. */
export interface DecisionEvent<T extends string = string> { type: T; tracks: Partial<Record<TrackId, number>> }

/** An action object for a transition or entry: interpreted, never executed by XState. */
export const fx = (source: Source, ...effects: Effect[]) => ({ type: 'effects' as const, params: { effects, source } satisfies EffectsParams });

/** The no-op implementation given to setup(); the rules read the params instead. */
export const effectsAction = (_: unknown, _params: EffectsParams) => {};

export const track = (ev: DecisionEvent, id: TrackId, fallback = 0) => ev.tracks[id] ?? fallback;
