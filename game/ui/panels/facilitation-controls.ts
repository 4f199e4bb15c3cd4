// The White Cell console's controls: labelled fields, buttons that make one move per press, and a short confirmation
// beside the button once the rules have taken the move. A move redraws the console at once, so the second click of a double click would land on the
// redrawn screen (on "Play now", the next event of the list, which took the played one's place) and make a second move.
import type { FacilitatorAction, LogEntry, PlayerView, Scenario, TrackId } from '../../rules';
import { h, uid } from '../dom';
import { t } from '../messages';
import { logSentence } from '../format/log-entry';
import { decisionName, decisionStateName, endStateTitle, eventTitle, quoted, trackName, trackValue } from '../format/names';

/** A label and its control, wired by id. */
export function field(label: string, control: HTMLElement): HTMLElement[] {
  const id = control.id || uid('f');
  control.id = id;
  return [h('label', { for: id }, label), control];
}

export const trackSelect = (view: PlayerView, withNone: boolean) => h('select', null,
  withNone ? h('option', { value: '' }, t('whiteCell.custom.none')) : null,
  (Object.keys(view.tracks) as TrackId[]).map((id) => h('option', { value: id }, `${trackName(id)} (${view.tracks[id]})`)));

/** The lines beside a kind of move's button: its confirmation if that was the White Cell's last move, and the
 *  place where a refusal of it is said. */
export type Confirmed = (type: FacilitatorAction['type']) => HTMLElement[];

/** After a move has redrawn the console, presses within this time are the same press (a double click, a held key). */
const SETTLE_MS = 600;
let redrawnAt = -Infinity;

/** What the White Cell has typed or chosen in the console's fields, by field. The console is redrawn when the game
 *  moves under it (the clock ending a phase), and a half-written inject or reason must not go with the old
 *  position. A move taken starts its fields afresh; opening the console starts all of them afresh. */
const typed = new Map<string, string>();

/** A console field whose value outlives a redraw; its id is stable too, so that it keeps the focus. */
export function kept<T extends HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(name: string, control: T): T {
  control.id = `wc-field-${name}`;
  const value = typed.get(name);
  if (value !== undefined) control.value = value;
  control.addEventListener('input', () => typed.set(name, control.value));
  control.addEventListener('change', () => typed.set(name, control.value));
  return control;
}

export const forgetTyped = () => typed.clear();

/** A console button that makes at most one move per press. */
export function moveButton(attrs: Record<string, string>, label: string, onPress: () => void): HTMLButtonElement {
  const button = h('button', { type: 'button', ...attrs }, label);
  button.addEventListener('click', (e) => {
    const at = performance.now();
    if (e.detail > 1 || at - redrawnAt < SETTLE_MS) return;
    // The console the move redraws starts with empty fields; a refused move keeps them.
    const before = new Map(typed);
    typed.clear();
    onPress();
    // Still on the page: the move was refused (the console keeps what was typed, and the press can be made again).
    if (button.isConnected) for (const [name, value] of before) typed.set(name, value);
    else redrawnAt = at;
  });
  return button;
}

/** What the White Cell's last move did, in a line; null for none. */
export function doneText(done: FacilitatorAction | null, scenario: Scenario, view: PlayerView): string | null {
  if (!done) return null;
  switch (done.type) {
    case 'inject.event': return t('whiteCell.done.event', { title: quoted(eventTitle(scenario, done.event)) });
    case 'inject.custom': {
      const roll = view.log.find((e): e is Extract<LogEntry, { kind: 'roll' }> => e.seq === view.seq && e.kind === 'roll');
      return [t('whiteCell.done.inject', { title: quoted(done.title) }), roll ? logSentence(roll, scenario) : ''].filter(Boolean).join(' ');
    }
    case 'override': return t('whiteCell.done.track', { track: trackName(done.track), value: trackValue(done.track, done.value) });
    case 'override.decision': {
      const at = view.decisions[done.decision];
      return t('whiteCell.done.decision', { decision: decisionName(done.decision), state: at ? decisionStateName(done.decision, at) : '' });
    }
    case 'override.outcome': return t('whiteCell.done.outcome', { title: endStateTitle(scenario, done.endState) });
  }
}

/** The confirmation beside a button: a polite live region, on the page empty first and filled a moment later, so that
 *  screen readers hear it (a region that arrives with its text already in it is often not read out). */
export function confirmation(text: string | null): HTMLElement {
  return statusLine('white-cell-done', text ? [h('span', { 'aria-hidden': 'true' }, '✓ '), text] : null);
}

/** A polite live region of the console, filled a moment after it is drawn (see confirmation). */
export function statusLine(className: string, content: (Node | string)[] | null): HTMLElement {
  const line = h('p', { class: className, role: 'status' });
  if (content) setTimeout(() => line.replaceChildren(...content), 150);
  return line;
}
