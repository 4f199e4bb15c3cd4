// The projector window's side: listens to the game's channel and shows what it posts, large, on the projector
// screen. It sends nothing but a hello, and holds nothing the game did not publish.
import type { UiStore } from '../../store/store';
import { PROJECTOR_CHANNEL, type ProjectorMessage } from './feed';

export function followGame(store: UiStore): void {
  if (typeof BroadcastChannel === 'undefined') {
    store.setState({ screen: 'projector', crash: 'This browser cannot link windows (no BroadcastChannel): open the game in a current browser.' });
    return;
  }
  const channel = new BroadcastChannel(PROJECTOR_CHANNEL);
  store.setState({ screen: 'projector' });
  channel.onmessage = (e: MessageEvent<ProjectorMessage>) => {
    const m = e.data;
    if (m?.kind === 'state') store.setState({ scenario: m.scenario, view: m.view, paused: m.paused, summaryTurn: m.summaryTurn });
    else if (m?.kind === 'timer') store.setState({ timer: m.timer });
  };
  channel.postMessage({ kind: 'hello' } satisfies ProjectorMessage);
}
