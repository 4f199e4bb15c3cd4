// A computer player's seat as a form: its persona and difficulty, each change an intent, and for a historical one
// the line saying what its difficulty is worth (it plays the record where the paper gives one: game/ai/bot.ts).
import { DIFFICULTIES, PERSONA_IDS, type BotSeat } from '../../app/bots/seats';
import type { SendIntent } from '../../app/intents';
import type { Faction } from '../../rules/types';
import { h } from '../dom';
import { t } from '../messages';

/** A labelled select whose every pick is sent at once (`seat-<faction>-<part>` is its id, kept across redraws). */
export function seatSelect(faction: Faction, part: string, label: string, options: readonly string[], value: string,
  text: (v: string) => string, onPick: (v: string) => void): HTMLElement {
  const id = `seat-${faction}-${part}`;
  return h('div', { class: 'seat-field' },
    h('label', { for: id }, label),
    h('select', { id, onChange: (e) => onPick((e.target as HTMLSelectElement).value) },
      options.map((v) => h('option', { value: v, selected: v === value }, text(v)))));
}

export function botSeatFields(faction: Faction, bot: BotSeat, send: SendIntent): HTMLElement[] {
  const setBot = (change: Partial<BotSeat>) => send({ type: 'seats.set', faction, seat: { ...bot, ...change } });
  const noteId = `seat-${faction}-historical`;
  const fields = [
    seatSelect(faction, 'persona', t('seats.persona'), PERSONA_IDS, bot.persona, (v) => t(`persona.${v as BotSeat['persona']}`), (v) => setBot({ persona: v as BotSeat['persona'] })),
    seatSelect(faction, 'difficulty', t('seats.difficulty'), DIFFICULTIES, bot.difficulty, (v) => t(`difficulty.${v as BotSeat['difficulty']}`), (v) => setBot({ difficulty: v as BotSeat['difficulty'] })),
  ];
  if (bot.persona !== 'historical') return fields;
  // The difficulty's select is described by the note, so a screen reader hears it there too.
  fields[1]!.querySelector('select')!.setAttribute('aria-describedby', noteId);
  return [...fields, h('p', { class: 'seat-note', id: noteId }, t('seats.historicalNote'))];
}
