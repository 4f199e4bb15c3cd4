// The neutrality decision point: being written for the neutrality scenario (issue 3). Until then a single resting state,
// so the registry and the schema can name it.
import { setup } from 'xstate';
import { effectsAction, type DecisionEvent } from './decision-effects';

export const neutralityMachine = setup({
  types: { events: {} as DecisionEvent },
  actions: { effects: effectsAction },
}).createMachine({ id: 'neutrality', initial: 'start', states: { start: {} } });
