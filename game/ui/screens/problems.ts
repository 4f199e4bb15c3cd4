// Why a scenario cannot be played: every problem the parser found, as file / field / expected, so an author can
// fix them all in one pass. Never a blank page.
import { h } from '../dom';
import { t, tn } from '../messages';
import type { ScreenRender } from './screen';

export const problemsScreen: ScreenRender = ({ state, send }) => {
  const p = state.problems;
  const issues = p?.issues ?? [];
  return h('div', { class: 'screen problems-screen' },
    h('h1', { tabindex: '-1' }, t('problems.title')),
    h('p', null, tn('problems.intro', issues.length, { folder: p?.folder ?? '', origin: t(`problems.origin.${p?.origin ?? 'loaded'}`) })),
    h('table', { class: 'problems' },
      h('caption', { class: 'visually-hidden' }, t('problems.title')),
      h('thead', null, h('tr', null,
        h('th', { scope: 'col' }, t('problems.file')), h('th', { scope: 'col' }, t('problems.field')), h('th', { scope: 'col' }, t('problems.expected')))),
      h('tbody', null, issues.map((i) => h('tr', null, h('td', null, h('code', null, i.file)), h('td', null, h('code', null, i.field)), h('td', null, i.expected))))),
    h('button', { type: 'button', class: 'primary', onClick: () => send({ type: 'menu.open' }) }, t('problems.back')),
  );
};
