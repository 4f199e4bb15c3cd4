// The menu: what the game is, the scenarios with their period and question, the ways to start one (solo against the
// computer, several players on this device, what if?), and loading a facilitator's own scenario files (checked by
// the same parser as the shipped ones).
import { h } from '../dom';
import { t, tn } from '../messages';
import type { ScenarioSummary } from '../../store/store';
import { continueLatest, savedGamesSection } from './saves';
import { startTutorial } from '../tutorial/tutorial';
import { printButtons } from './print';
import type { ScreenRender } from './screen';

export const menuScreen: ScreenRender = ({ state, send }) => {
  const fileInput = h('input', { type: 'file', id: 'scenario-files', multiple: true, accept: '.json,application/json', class: 'visually-hidden' });
  fileInput.addEventListener('change', async () => {
    const picked = [...(fileInput.files ?? [])];
    if (!picked.length) return;
    const files = Object.fromEntries(await Promise.all(picked.map(async (f) => [f.name, await f.text()] as const)));
    fileInput.value = '';
    send({ type: 'scenario.load', files });
  });

  const option = (s: ScenarioSummary) => {
    const id = `scenario-${s.key}`;
    const playable = s.issueCount === 0;
    return h('li', { class: `scenario-option${playable ? '' : ' broken'}` },
      h('input', {
        type: 'radio', name: 'scenario', id, value: s.key, checked: s.key === state.selected, disabled: !playable,
        onChange: () => send({ type: 'scenario.select', key: s.key }),
      }),
      h('label', { for: id },
        h('span', { class: 'scenario-title' }, s.title, s.origin === 'loaded' ? [' ', h('span', { class: 'tag' }, t('menu.loaded'))] : null),
        playable ? [
          h('span', { class: 'scenario-meta' }, `${t('menu.period')}: ${s.period} · ${tn('menu.turns', s.turns)}`),
          h('span', { class: 'scenario-question' }, `${t('menu.question')}: ${s.subtitle}`),
        ] : h('span', { class: 'scenario-problem' }, tn('menu.problemCount', s.issueCount))),
      playable ? null : h('button', { type: 'button', onClick: () => send({ type: 'scenario.problems', key: s.key }) }, t('menu.showProblems')),
    );
  };

  const notice = state.notice;
  return h('div', { class: 'screen menu-screen' },
    h('header', { class: 'hero' },
      h('h1', { tabindex: '-1' }, t('app.title')),
      h('p', { class: 'tagline' }, t('app.tagline')),
      h('p', { class: 'pitch' }, t('app.pitch')),
      continueLatest({ state, send }),
      h('p', { class: 'learn-to-play' },
        h('button', { type: 'button', 'aria-describedby': 'learn-hint', onClick: () => startTutorial() }, t('tutorial.menu')),
        h('span', { class: 'muted', id: 'learn-hint' }, t('tutorial.menuHint')))),
    notice ? h('p', { class: 'notice', role: 'alert' },
      notice.kind === 'unknown-scenario' ? t('notice.unknown-scenario', { id: notice.id, known: notice.known.join(', ') })
        : notice.kind === 'unknown-play' ? t('notice.unknown-play', { value: notice.value, known: notice.known.join(', ') })
          : t('notice.invalid-scenario', { id: notice.id })) : null,
    state.addressProblems.length ? h('p', { class: 'notice', role: 'alert' }, t('notice.address', { problems: state.addressProblems.join('; ') })) : null,
    h('section', { class: 'scenario-list', 'aria-labelledby': 'scenarios-title' },
      h('h2', { id: 'scenarios-title' }, t('menu.choose')),
      state.catalogue.length
        ? h('fieldset', null, h('legend', { class: 'visually-hidden' }, t('menu.scenarios')), h('ul', { class: 'plain' }, state.catalogue.map(option)))
        : h('p', null, t('menu.none'))),
    state.scenario ? h('section', { class: 'handouts', 'aria-label': t('print.handouts') },
      h('span', { class: 'muted' }, t('print.handoutsFor', { title: state.scenario.title })), printButtons(state.scenario)) : null,
    // The ways to start, for the scenario ticked above (named here too: the bar stays in view as the list scrolls).
    h('div', { class: 'menu-actions', role: 'group', 'aria-labelledby': 'menu-starts' },
      h('span', { class: 'menu-starts muted', id: 'menu-starts' }, state.scenario ? t('menu.startsFor', { title: state.scenario.title }) : null),
      h('button', { type: 'button', class: 'primary large', disabled: !state.scenario, onClick: () => send({ type: 'solo.setup' }) }, t('menu.solo')),
      h('button', { type: 'button', class: 'large', disabled: !state.scenario, onClick: () => send({ type: 'hotseat.setup' }) }, t('menu.several')),
      h('button', { type: 'button', class: 'large', disabled: !state.scenario, onClick: () => send({ type: 'whatif.open' }) }, t('whatif.open'))),
    h('div', { class: 'file-load' },
      h('label', { for: 'scenario-files', class: 'button' }, t('menu.load')),
      fileInput,
      h('p', { class: 'muted' }, t('menu.loadHint'))),
    savedGamesSection({ state, send }),
  );
};
