// The rules' public API: everything outside game/rules imports from here (or types.ts) only.
export { rulesFor, RULES_VERSION, type Rules } from './rules';
export { parseScenario, type ScenarioIssue, type ParseResult } from './load-scenario';
export {
  applyEntry, checkpointOf, makeSave, saveFile, replay, replaySteps, hashState, hashScenario, parseSave, closesPhase, ALL_HUMAN, SAVE_VERSION,
  type Actor, type Checkpoint, type SaveEntry, type SaveFile, type SaveOptions, type ParsedSave, type ReplayError, type ReplayResult,
} from './save';
export { applyFacilitator, facilitatorActionSchema, type FacilitatorAction } from './facilitator';
export { TRACKS } from './tracks';
export { describeDecision, type DecisionGraph } from './decisions/describe';
export { SECTIONS } from './sections';
export * from './types';
export { describeProtocol, type ProtocolGraph } from './bargaining/describe';
export { packageDeal } from './bargaining/catalogue';
