// Effects and conditions written as scenario data, summarised in one line each so a player can weigh a card
// before playing it. Odds are the base chance plus the modifiers the card lists.
import type { Condition, Effect } from '../../rules';
import { signed } from '../../rules/tracks';
import { t } from '../messages';
import { decisionEventName, decisionName, decisionStateName, listOf, trackName } from './names';

/** The conditions in words, each said once (a card may list the same one under several headings). */
export function describeConditions(conditions: readonly Condition[]): string {
  return listOf([...new Set(conditions.map(describeCondition))]);
}

function describeCondition(c: Condition): string {
  if ('track' in c) {
    const track = trackName(c.track);
    if (c.min !== undefined && c.max !== undefined) return t('condition.range', { track, min: c.min, max: c.max });
    return c.min !== undefined ? t('condition.min', { track, min: c.min }) : t('condition.max', { track, max: c.max ?? '' });
  }
  if ('decision' in c) {
    return t('condition.decision', { decision: decisionName(c.decision), states: listOf(c.in.map((s) => `“${decisionStateName(c.decision, s)}”`), 'list.or') });
  }
  if ('any' in c) return t('condition.any', { conditions: listOf(c.any.map(describeCondition), 'list.or') });
  if ('not' in c) return t('condition.not', { conditions: listOf(c.not.map(describeCondition), 'list.or') });
  if (c.turn.min !== undefined && c.turn.min === c.turn.max) return t('condition.turnOnly', { turn: c.turn.min });
  const parts = [];
  if (c.turn.min !== undefined) parts.push(t('condition.turnMin', { min: c.turn.min }));
  if (c.turn.max !== undefined) parts.push(t('condition.turnMax', { max: c.turn.max }));
  return listOf(parts);
}

/** The effects in words; an event sent several times in a row (to walk a statechart through steps that read alike)
 *  is said once. */
export function describeEffects(effects: readonly Effect[]): string {
  return effects.length ? effects.map(describeEffect).filter((line, i, all) => line !== all[i - 1]).join('; ') : t('effect.nothing');
}

function describeEffect(e: Effect): string {
  if ('track' in e) return t('effect.track', { track: trackName(e.track), delta: signed(e.delta) });
  if ('decision' in e) return t('effect.decision', { decision: decisionName(e.decision), event: decisionEventName(e.event) });
  if ('roll' in e) {
    const mods = (e.roll.modifiers ?? []).map((m) => t('effect.modifier', { per: signed(m.per), minus: signed(-m.per), track: trackName(m.track), pivot: m.pivot }));
    return t('effect.roll', {
      label: e.label, chance: e.roll.chance, modifiers: mods.length ? ` (${mods.join(', ')})` : '',
      success: describeEffects(e.success), failure: describeEffects(e.failure),
    });
  }
  const otherwise = e.else?.length ? t('effect.else', { else: describeEffects(e.else) }) : '';
  return t('effect.if', { conditions: describeConditions(e.if), then: describeEffects(e.then) }) + otherwise;
}
