// The console's custom inject, or matrix-style argument adjudicated at shown odds. What is missing is named beside the
// button in plain words, and the field it concerns takes the focus, before anything is sent to the rules.
import type { Effect, FacilitatorAction, PlayerView, TrackId } from '../../rules';
import { h, uid } from '../dom';
import { t } from '../messages';
import { listOf } from '../format/names';
import { field, kept, moveButton, trackSelect, type Confirmed } from './facilitation-controls';

export function customInject(view: PlayerView, act: (a: FacilitatorAction) => void, confirmed: Confirmed): HTMLElement {
  // Kept across a redraw of the console (the clock moving the game on while the White Cell writes).
  const title = kept('inject-title', h('input', { type: 'text' }));
  const text = kept('inject-text', h('textarea', { rows: 2 }));
  const action = kept('inject-action', h('input', { type: 'text' }));
  const result = kept('inject-result', h('input', { type: 'text' }));
  const reasons = kept('inject-reasons', h('textarea', { rows: 2 }));
  const track = kept('inject-track', trackSelect(view, true));
  const delta = kept('inject-delta', h('input', { type: 'number', value: 1, step: 1, class: 'small-number' }));
  const odds = kept('inject-odds', h('input', { type: 'number', min: 0, max: 100, step: 1, class: 'small-number' }));
  const failureDelta = kept('inject-failure', h('input', { type: 'number', value: 0, step: 1, class: 'small-number' }));
  const shown = h('p', { class: 'shown-odds', 'aria-live': 'polite' });
  const showOdds = () => { shown.textContent = odds.value === '' ? '' : t('whiteCell.custom.shownOdds', { odds: odds.value }); };
  odds.addEventListener('input', showOdds);
  showOdds();

  const problem = h('p', { class: 'form-problem', role: 'alert', id: uid('wc-custom-problem') });
  const parts: [HTMLInputElement | HTMLTextAreaElement, string][] = [
    [action, t('whiteCell.custom.action')], [result, t('whiteCell.custom.result')], [reasons, t('whiteCell.custom.reasons')]];
  /** The first thing the rules would refuse, in words, with the field to fill in. */
  const missing = (): { at: HTMLElement; text: string } | null => {
    if (!title.value.trim() && !action.value.trim()) return { at: title, text: t('whiteCell.custom.needTitle') };
    const empty = parts.filter(([input]) => !input.value.trim());
    if (empty.length && empty.length < parts.length) {
      return { at: empty[0]![0], text: t('whiteCell.custom.needArgument', { missing: listOf(empty.map(([, label]) => `“${label}”`)) }) };
    }
    const chance = Number(odds.value);
    if (odds.value !== '' && !(Number.isInteger(chance) && chance >= 0 && chance <= 100)) return { at: odds, text: t('whiteCell.custom.badOdds') };
    return null;
  };
  const flag = (found: { at: HTMLElement } | null) => {
    for (const input of [title, ...parts.map(([i]) => i), odds]) {
      if (input === found?.at) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
      if (input === found?.at) input.setAttribute('aria-describedby', problem.id);
      else input.removeAttribute('aria-describedby');
    }
  };
  // Once named, a problem goes away as soon as it is put right.
  const recheck = () => {
    if (!problem.textContent) return;
    const found = missing();
    problem.textContent = found?.text ?? '';
    flag(found);
  };
  for (const input of [title, action, result, reasons, odds]) input.addEventListener('input', recheck);

  const submit = () => {
    const found = missing();
    problem.textContent = found?.text ?? '';
    flag(found);
    if (found) { found.at.focus(); return; }
    const argument = action.value.trim() ? { action: action.value.trim(), result: result.value.trim(), reasons: reasons.value.trim() } : undefined;
    const move = (by: string): Effect[] => (track.value && Number(by) ? [{ track: track.value as TrackId, delta: Math.round(Number(by)) }] : []);
    const chance = odds.value === '' ? undefined : Number(odds.value);
    act({
      type: 'inject.custom', title: title.value.trim() || action.value.trim(), text: text.value.trim(),
      ...(argument ? { argument } : {}),
      ...(chance === undefined ? { effects: move(delta.value) } : { odds: chance, success: move(delta.value), failure: move(failureDelta.value) }),
    });
  };
  return h('section', { class: 'panel custom-inject', 'aria-labelledby': 'wc-custom-title' },
    h('h2', { id: 'wc-custom-title' }, t('whiteCell.custom')),
    h('div', { class: 'form-stacked' }, field(t('whiteCell.custom.title'), title), field(t('whiteCell.custom.text'), text)),
    h('fieldset', { class: 'form-grid' },
      h('legend', null, t('whiteCell.custom.argument')),
      field(t('whiteCell.custom.action'), action), field(t('whiteCell.custom.result'), result), field(t('whiteCell.custom.reasons'), reasons)),
    h('div', { class: 'form-grid' },
      field(t('whiteCell.custom.track'), track), field(t('whiteCell.custom.delta'), delta),
      field(t('whiteCell.custom.odds'), odds), field(t('whiteCell.custom.failureDelta'), failureDelta)),
    shown,
    h('div', { class: 'white-cell-action' },
      moveButton({ class: 'primary', id: 'wc-custom-submit' }, t('whiteCell.custom.submit'), submit),
      problem, confirmed('inject.custom')));
}
