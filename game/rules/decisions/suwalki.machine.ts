// The suwalki decision point: being written for the suwalki scenario (issue 3). Until then a single resting state,
// so the registry and the schema can name it.
import { setup } from 'xstate';
import { effectsAction, type DecisionEvent } from './decision-effects';

export const suwalkiMachine = setup({
  types: { events: {} as DecisionEvent },
  actions: { effects: effectsAction },
}).createMachine({ id: 'suwalki', initial: 'start', states: { start: {} } });
