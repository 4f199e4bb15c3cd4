// The rules' public API: everything outside game/rules imports from here (or types.ts) only.
export { rulesFor, type Rules } from './rules';
export { parseScenario, type ScenarioIssue, type ParseResult } from './load-scenario';
export { makeSave, replay, hashState, parseSave, type ReplayResult } from './save';
export { TRACKS } from './tracks';
export { describeDecision, type DecisionGraph } from './decisions/describe';
export { SECTIONS } from './sections';
export * from './types';
export { describeProtocol, type ProtocolGraph } from './bargaining/describe';
export { packageDeal } from './bargaining/catalogue';
