// The learning check (GAME-DESIGN §4): a few multiple-choice questions on the paper's arguments, offered to each
// team before its first turn and after the result. Answering is optional; the answers are kept per team with the
// game's save and summarised, before against after, on the result screen for the debrief.
import type { Faction, Scenario } from '../../rules';
import { h, uid } from '../dom';
import { t } from '../messages';
import { factionName, whose } from '../format/names';
import { sourceLine } from '../format/source';
import { hasAnswered, summarise, type CheckPhase, type GameAnswers, type TeamAnswers } from '../learning/answers';

/** Opens the check as a modal dialog for one team; `onClose` runs once it is closed, answered or not. */
export function openLearningCheck(scenario: Scenario, phase: CheckPhase, team: Faction, book: GameAnswers, onClose: () => void): void {
  const check = scenario.learning;
  if (!check) return;
  const titleId = uid('learning-title');
  const form = h('form', { method: 'dialog', class: 'learning-form' });
  const dialog = h('dialog', { class: 'learning-dialog', 'aria-labelledby': titleId },
    h('h2', { id: titleId }, t(`learning.title.${phase}`, { faction: factionName(team) })),
    h('p', { class: 'muted' }, t('learning.intro')),
    form);
  const questions = check.questions.map((q, i) => {
    const name = uid(`learning-${q.id}`);
    const feedback = h('div', { class: 'learning-feedback', 'aria-live': 'polite' });
    const fieldset = h('fieldset', { class: 'learning-question' },
      h('legend', null, `${i + 1}. ${q.question}`),
      q.choices.map((choice, c) => {
        const id = `${name}-${c}`;
        return h('div', { class: 'learning-choice' }, h('input', { type: 'radio', name, id, value: String(c) }), h('label', { for: id }, choice));
      }),
      feedback);
    return { q, name, fieldset, feedback };
  });
  const submit = h('button', { type: 'button', class: 'primary' }, t('learning.submit'));
  const close = h('button', { type: 'button' }, t('learning.close'));
  form.append(...questions.map((x) => x.fieldset), h('div', { class: 'button-row' }, submit, close));

  submit.addEventListener('click', () => {
    const answers: TeamAnswers = {};
    for (const { q, name, feedback, fieldset } of questions) {
      const picked = form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`);
      if (picked) answers[q.id] = Number(picked.value);
      const right = picked !== null && Number(picked.value) === q.answer;
      fieldset.classList.toggle('right', right);
      fieldset.classList.toggle('wrong', !right);
      feedback.replaceChildren(
        h('p', { class: 'learning-verdict' }, h('span', { 'aria-hidden': 'true' }, right ? '✔ ' : '✘ '),
          picked ? t(right ? 'learning.right' : 'learning.wrong', { answer: q.choices[q.answer]! }) : t('learning.skipped', { answer: q.choices[q.answer]! })),
        h('p', null, q.explanation),
        sourceLine(q.source));
    }
    book.record(phase, team, answers);
    submit.hidden = true;
    close.textContent = t('learning.done');
    close.focus();
  });
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => { dialog.remove(); onClose(); });
  document.body.append(dialog);
  dialog.showModal();
}

/** A button offering the check to one team, which says when the team has taken it. */
export function learningOffer(scenario: Scenario, phase: CheckPhase, team: Faction, book: GameAnswers, onDone: () => void = () => {}): HTMLElement | null {
  if (!scenario.learning) return null;
  const label = () => t(hasAnswered(book.get(), phase, team) ? 'learning.again' : `learning.offer.${phase}`, { faction: factionName(team), whose: whose(factionName(team)) });
  const button = h('button', { type: 'button', class: 'learning-offer' }, label());
  button.addEventListener('click', () => openLearningCheck(scenario, phase, team, book, () => {
    button.textContent = label();
    button.focus();
    onDone();
  }));
  return button;
}

/** On the result screen: each team at the device may take the check again (not a computer player's seat), and the
 *  class sees before against after. The right answers wait until every team here has taken the check after the
 *  game, or until someone asks for them: the table must not answer the check it offers. */
export function learningResults(scenario: Scenario, teams: readonly Faction[], book: GameAnswers): HTMLElement | null {
  const check = scenario.learning;
  if (!check) return null;
  const tableId = uid('learning-table');
  const table = h('div', { class: 'learning-table-wrap', id: tableId });
  const cell = (n: { answered: number; right: number }) => (n.answered ? t('learning.score', { right: n.right, answered: n.answered }) : '—');
  let asked = false;
  const show = h('button', { type: 'button', class: 'learning-show', 'aria-expanded': 'false', 'aria-controls': tableId }, t('learning.showAnswers'));
  // Only the table is redrawn after a team answers, so focus stays on the button that team used.
  const renderTable = () => {
    const rows = summarise(check, book.get());
    // Every team at the device has taken it (with none at the device, nobody is left to take it).
    const taken = teams.every((f) => hasAnswered(book.get(), 'after', f));
    const answers = asked || taken;
    show.hidden = taken;
    table.replaceChildren(h('table', { class: 'learning-table' },
      h('caption', { class: 'visually-hidden' }, t('learning.results')),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('learning.question')), h('th', { scope: 'col' }, t('learning.before')), h('th', { scope: 'col' }, t('learning.after')))),
      h('tbody', null, rows.map((r, i) => {
        const q = check.questions[i]!;
        return h('tr', null,
          h('th', { scope: 'row' }, q.question, answers ? h('span', { class: 'learning-answer' }, t('learning.answerIs', { answer: q.choices[q.answer]! })) : null),
          h('td', null, cell(r.before)), h('td', null, cell(r.after)));
      }))));
  };
  show.addEventListener('click', () => {
    asked = !asked;
    show.textContent = t(asked ? 'learning.hideAnswers' : 'learning.showAnswers');
    show.setAttribute('aria-expanded', String(asked));
    renderTable();
  });
  renderTable();
  return h('section', { class: 'panel learning-results', 'aria-labelledby': 'learning-results-title' },
    h('h2', { id: 'learning-results-title' }, t('learning.results')),
    h('p', { class: 'muted' }, t('learning.resultsIntro')),
    h('div', { class: 'button-row' }, teams.map((f) => learningOffer(scenario, 'after', f, book, renderTable)), show),
    table);
}
