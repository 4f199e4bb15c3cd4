// The hybrid decision point: being written for the hybrid scenario (issue 3). Until then a single resting state,
// so the registry and the schema can name it.
import { setup } from 'xstate';
import { effectsAction, type DecisionEvent } from './decision-effects';

export const hybridMachine = setup({
  types: { events: {} as DecisionEvent },
  actions: { effects: effectsAction },
}).createMachine({ id: 'hybrid', initial: 'start', states: { start: {} } });
