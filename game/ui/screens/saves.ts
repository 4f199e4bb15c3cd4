// The saved-games section of the menu: each game with its scenario, turn (or ending), date, seats and whether a
// White Cell ran it, to resume, replay,
// export or delete (after a confirmation); and importing a save file, which lands in a new slot or is refused
// with the reason while the list stays as it was.
import { seatsFromLabels } from '../../app/bots/seats';
import { FACTIONS } from '../../rules/types';
import type { SaveSummary, SavesNotice } from '../../store/store';
import { h } from '../dom';
import { botName, factionName, listOf } from '../format/names';
import { t, tn } from '../messages';
import type { ScreenProps } from './screen';

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function noticeText(n: SavesNotice): string {
  switch (n.kind) {
    case 'imported': return t('saves.notice.imported', { file: n.fileName, id: n.id });
    case 'import-failed': return t('saves.notice.import-failed', { file: n.fileName, message: n.message });
    case 'open-failed': return t('saves.notice.open-failed', { message: n.message });
    case 'unavailable': return t('saves.notice.unavailable', { message: n.message });
    case 'unreadable': return tn('saves.notice.unreadable', n.count);
  }
}

function saveItem(s: SaveSummary, send: ScreenProps['send']): HTMLElement {
  const names = { title: s.scenarioTitle, id: s.id };
  const chosen = seatsFromLabels(s.seats);
  const seats = FACTIONS.every((f) => chosen[f].kind === 'human')
    ? t('saves.allHuman')
    : listOf(FACTIONS.map((f) => { const seat = chosen[f]; return t('saves.seat', { faction: factionName(f), kind: seat.kind === 'human' ? t('saves.human') : t('saves.bot', { bot: botName(seat) }) }); }));
  const from = s.origin === 'import' && s.from ? t('saves.fromFile', { file: s.from })
    : s.origin === 'branch' && s.from ? t('saves.fromSave', { id: s.from }) : null;
  return h('li', { class: 'save-item', 'data-save': s.id },
    h('div', { class: 'save-info' },
      h('h3', { class: 'save-title' }, s.scenarioTitle, ' ', h('span', { class: `tag origin-${s.origin}` }, t(`saves.origin.${s.origin}`)),
        ' ', h('span', { class: 'save-id muted' }, s.id)),
      h('p', { class: 'save-meta' },
        s.over ? (s.ending ? t('saves.finishedIn', { turn: s.turn, ending: s.ending }) : t('saves.finished', { turn: s.turn })) : t('saves.position', { turn: s.turn, turns: s.turns }),
        ' · ', t('saves.updated', { date: when(s.updatedAt) }), from ? [' · ', from] : null),
      h('p', { class: 'save-seats muted' }, t('saves.seats', { seats }), s.whiteCell ? [' · ', t('saves.whiteCell')] : null)),
    h('div', { class: 'save-actions' },
      // A finished game opens on its result.
      h('button', { type: 'button', class: 'primary', 'aria-label': t(s.over ? 'saves.resultLabel' : 'saves.resumeLabel', names), onClick: () => send({ type: 'saves.resume', id: s.id }) }, t(s.over ? 'saves.result' : 'saves.resume')),
      h('button', { type: 'button', 'aria-label': t('saves.watchLabel', names), onClick: () => send({ type: 'replay.open', id: s.id }) }, t('saves.watch')),
      h('button', { type: 'button', 'aria-label': t('saves.exportLabel', names), onClick: () => send({ type: 'saves.export', id: s.id }) }, t('saves.export')),
      h('button', {
        type: 'button', class: 'quiet danger', 'aria-label': t('saves.deleteLabel', names),
        onClick: () => { if (window.confirm(t('saves.deleteConfirm', names))) send({ type: 'saves.delete', id: s.id }); },
      }, t('saves.delete'))),
  );
}

/** Above the fold: the most recent unfinished game, one click from where the class left it. */
export function continueLatest({ state, send }: Pick<ScreenProps, 'state' | 'send'>): HTMLElement | null {
  const latest = state.saves.find((s) => !s.over);
  if (!latest) return null;
  return h('p', { class: 'continue-latest' },
    h('button', { type: 'button', class: 'primary', onClick: () => send({ type: 'saves.resume', id: latest.id }) },
      t('saves.continue', { title: latest.scenarioTitle, turn: latest.turn, turns: latest.turns })),
    ' ', h('a', { href: '#saves-title' }, t('saves.all', { count: state.saves.length })));
}

export function savedGamesSection({ state, send }: Pick<ScreenProps, 'state' | 'send'>): HTMLElement {
  const fileInput = h('input', { type: 'file', id: 'save-file', accept: '.json,application/json', class: 'visually-hidden' });
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    const text = await file.text();
    fileInput.value = '';
    send({ type: 'saves.import', fileName: file.name, text });
  });
  const notice = state.savesNotice;
  const failed = notice && notice.kind !== 'imported';
  return h('section', { class: 'saved-games', 'aria-labelledby': 'saves-title' },
    h('h2', { id: 'saves-title' }, t('saves.title')),
    h('p', { class: 'muted' }, t('saves.intro')),
    notice ? h('div', { class: `saves-notice${failed ? ' failed' : ''}`, role: failed ? 'alert' : 'status' },
      h('p', null, noticeText(notice)),
      notice.kind === 'import-failed' && notice.usable > 0
        ? h('button', { type: 'button', onClick: () => send({ type: 'saves.import', fileName: notice.fileName, text: notice.text, upTo: notice.usable }) },
          tn('saves.importUsable', notice.usable))
        : null) : null,
    state.saves.length ? h('ul', { class: 'plain save-list' }, state.saves.map((s) => saveItem(s, send))) : h('p', null, t('saves.none')),
    h('div', { class: 'file-load' },
      h('label', { for: 'save-file', class: 'button' }, t('saves.import')),
      fileInput,
      h('p', { class: 'muted' }, t('saves.importHint'))),
  );
}
