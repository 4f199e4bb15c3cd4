// The rules' public API: everything outside game/rules imports from here (or types.ts) only.
export { rulesFor, type Rules } from './rules';
export { parseScenario, type ScenarioIssue, type ParseResult } from './load-scenario';
export { makeSave, replay, hashState, parseSave, type ReplayResult } from './save';
export { applyFacilitator, facilitatorActionSchema, type FacilitatorAction } from './facilitator';
export { TRACKS } from './tracks';
export { describeDecision, type DecisionGraph } from './decisions/describe';
export { SECTIONS } from './sections';
export * from './types';
