// A small hand-built scenario for rules tests: two decision points, a few cards per faction, one deal per table.
import { derivePresets } from '../../game/rules/bargaining/catalogue';
import type { BargainTable, Scenario, Term } from '../../game/rules/types';

const cite = { cite: ['stalemateToUltimatum' as const] };

/** A binding and a promised term per side, a threat, and a signal each for NATO and Russia. */
const TERMS: Term[] = [
  { id: 'ru-compensation', owner: 'russia', title: 'Compensation', text: 't', category: 'money', binding: true, effects: [{ track: 'economy', delta: 2 }], breaches: ['ru-squeeze'], source: cite },
  { id: 'by-sign-roadmaps', owner: 'belarus', title: 'Sign roadmaps', text: 't', category: 'integration', binding: true, effects: [{ decision: 'integration', event: 'roadmaps.signTechnical' }], requires: [{ decision: 'integration', in: ['negotiation', 'packageDeal'] }], source: cite },
  { id: 'ru-loan', owner: 'russia', title: 'Loan', text: 't', category: 'money', binding: true, effects: [{ track: 'subsidyCost', delta: 1 }], source: cite },
  { id: 'by-roadmap31', owner: 'belarus', title: 'The 31st', text: 't', category: 'integration', binding: true, effects: [{ decision: 'integration', event: 'roadmap31.accept' }], requires: [{ decision: 'integration', in: ['roadmap31'] }], refused: [{ decision: 'integration', event: 'roadmap31.refuse' }], source: cite },
  { id: 'ru-gas', owner: 'russia', title: 'Cheap gas', text: 't', category: 'energy', binding: false, effects: [{ track: 'economy', delta: 1 }], source: cite },
  { id: 'by-loyalty', owner: 'belarus', title: 'Loyalty', text: 't', category: 'alignment', binding: false, effects: [{ track: 'allianceCommitment', delta: 1 }], breaches: ['by-bluff'], source: cite },
  { id: 'nato-oil', owner: 'nato', title: 'Oil', text: 't', category: 'energy', binding: false, effects: [{ track: 'economy', delta: 1 }, { track: 'allianceCommitment', delta: -1 }], source: cite },
  { id: 'ru-threat-squeeze', owner: 'russia', title: 'Squeeze', text: 't', category: 'threat', binding: false, effects: [{ track: 'economy', delta: -1 }], triggers: ['by-bluff'], source: cite },
  { id: 'nato-signal', owner: 'nato', title: 'No reinforcement', text: 't', category: 'signal', binding: true, effects: [{ track: 'tension', delta: -1 }], breaches: ['nato-reassure'], source: cite },
  { id: 'ru-signal', owner: 'russia', title: 'Restraint', text: 't', category: 'signal', binding: false, effects: [{ track: 'tension', delta: -1 }], source: cite },
];

const TABLES: BargainTable[] = [
  {
    id: 'russia-belarus', title: 'Russia ↔ Belarus', parties: ['russia', 'belarus'], opener: 'russia', maxRounds: 3,
    categories: ['energy', 'money', 'integration', 'alignment'],
    deadlock: { text: 'oil stops', effects: [{ track: 'economy', delta: -1 }, { track: 'leverage', delta: -1 }], source: cite },
    blackmail: {
      by: 'belarus', credibilityPer: 4, perExtraDemand: 10, held: [{ track: 'leverage', delta: -1 }], failed: [{ track: 'leverage', delta: 1 }], failedCredibility: 2, source: cite,
      threats: [{ id: 'leave-csto', title: 'Leave the CSTO', text: 't', chance: 40, modifiers: [{ track: 'neutralityCredibility', pivot: 5, per: 5 }], source: cite }],
    },
    source: cite,
  },
  { id: 'nato-belarus', title: 'West ↔ Belarus', parties: ['nato', 'belarus'], opener: 'nato', maxRounds: 3, categories: ['energy', 'alignment'], deadlock: { text: 'cool', effects: [], source: cite }, source: cite },
  { id: 'nato-russia', title: 'NATO ↔ Russia', parties: ['nato', 'russia'], opener: 'nato', maxRounds: 2, categories: ['signal'], deadlock: { text: 'none', effects: [], source: cite }, source: cite },
];

export function miniScenario(overrides: Partial<Scenario> = {}): Scenario {
  return {
    id: 'mini', title: 'Mini', subtitle: 'test', period: '2019', startDate: '2019-01-01', turns: 3,
    turnLabels: ['T1', 'T2', 'T3'], budget: { belarus: 2, russia: 2, nato: 2 }, maxOrders: 2,
    tracks: {
      sovereignty: { start: 7, why: 'w', source: cite },
      economy: { start: 5, why: 'w', source: cite },
      regimeStability: { start: 6, why: 'w', source: cite },
      allianceCommitment: { start: 5, why: 'w', source: cite },
      integration: { start: 0, why: 'w', source: cite },
      subsidyCost: { start: 6, why: 'w', source: cite },
      leverage: { start: 6, why: 'w', source: cite },
      tension: { start: 1, why: 'w', source: cite },
      neutralityCredibility: { start: 3, why: 'w', source: cite },
      sharpPower: { start: 4, why: 'w', source: cite },
    },
    decisions: ['integration', 'entrapment'],
    briefs: { belarus: 'b', russia: 'r', nato: 'n' },
    debrief: ['q'],
    cards: [
      { id: 'ru-ultimatum', faction: 'russia', title: 'Ultimatum', text: 't', cost: 1, limit: 1, requires: [{ decision: 'integration', in: ['statusQuo', 'marketization'] }], effects: [{ decision: 'integration', event: 'ultimatum.issue' }], source: cite },
      { id: 'ru-squeeze', faction: 'russia', title: 'Squeeze', text: 't', cost: 1, effects: [{ track: 'economy', delta: -1 }], source: cite },
      { id: 'ru-table31', faction: 'russia', title: 'Table the 31st', text: 't', cost: 2, requires: [{ decision: 'integration', in: ['technicalRoadmaps'] }], effects: [{ decision: 'integration', event: 'roadmap31.table' }], source: cite },
      { id: 'by-talks', faction: 'belarus', title: 'Talks', text: 't', cost: 1, requires: [{ decision: 'integration', in: ['ultimatum'] }], effects: [{ decision: 'integration', event: 'talks.open' }], source: cite },
      { id: 'by-sign', faction: 'belarus', title: 'Sign', text: 't', cost: 1, requires: [{ decision: 'integration', in: ['negotiation', 'packageDeal', 'technicalRoadmaps'] }], effects: [{ decision: 'integration', event: 'roadmaps.signTechnical' }], source: cite },
      { id: 'by-bluff', faction: 'belarus', title: 'Threaten to defect', text: 't', cost: 2, effects: [{ roll: { chance: 50, modifiers: [{ track: 'neutralityCredibility', pivot: 5, per: 5 }] }, label: 'bluff', success: [{ track: 'economy', delta: 2 }], failure: [{ track: 'allianceCommitment', delta: -1 }] }], source: cite },
      { id: 'nato-reassure', faction: 'nato', title: 'Reassure', text: 't', cost: 1, effects: [{ track: 'allianceCommitment', delta: 1 }, { track: 'tension', delta: 1 }], source: { cite: ['natoDilemmas'] } },
      { id: 'nato-engage', faction: 'nato', title: 'Engage', text: 't', cost: 1, effects: [{ track: 'neutralityCredibility', delta: 1 }], source: { cite: [], extrapolation: 'test' } },
    ],
    events: [
      { id: 'ev-brest', title: 'Brest', text: 't', turn: 1, effects: [{ track: 'economy', delta: -1 }], source: cite },
      { id: 'ev-a', title: 'A', text: 't', effects: [{ track: 'regimeStability', delta: -1 }], source: cite },
      { id: 'ev-b', title: 'B', text: 't', effects: [{ track: 'sovereignty', delta: 1 }], source: cite },
      { id: 'ev-c', title: 'C', text: 't', requires: [{ turn: { min: 2 } }], effects: [{ track: 'tension', delta: 1 }], source: cite },
    ],
    // Presets, with the binding flag and effects derived from their terms as the loader derives them.
    deals: derivePresets(TERMS, [
      { id: 'ru-compensation', from: 'russia', to: 'belarus', title: 'Compensation for roadmaps', text: 't', give: ['ru-compensation'], ask: ['by-sign-roadmaps'], source: cite },
      { id: 'ru-loan31', from: 'russia', to: 'belarus', title: 'Loan for the 31st', text: 't', give: ['ru-loan'], ask: ['by-roadmap31'], source: cite },
      { id: 'ru-gas', from: 'russia', to: 'belarus', title: 'Gas for loyalty', text: 't', give: ['ru-gas'], ask: ['by-loyalty'], source: cite },
      { id: 'nato-oil', from: 'nato', to: 'belarus', title: 'Oil via the Baltic ports', text: 't', give: ['nato-oil'], ask: [], source: cite },
      { id: 'nato-ru-signals', from: 'nato', to: 'russia', title: 'Signals', text: 't', give: ['nato-signal'], ask: ['ru-signal'], source: cite },
    ]),
    terms: TERMS,
    tables: TABLES,
    objectives: [
      { id: 'by-sovereign', faction: 'belarus', text: 'keep sovereignty', condition: [{ track: 'sovereignty', min: 6 }], vp: 3, source: cite },
      { id: 'ru-cheap', faction: 'russia', text: 'pay less', condition: [{ track: 'subsidyCost', max: 4 }], vp: 2, source: cite },
      { id: 'nato-calm', faction: 'nato', text: 'keep calm', condition: [{ track: 'tension', max: 2 }], vp: 2, source: cite },
    ],
    endStates: [
      { id: 'absorption', title: 'Absorption', text: 't', check: 'immediate', trigger: [{ decision: 'integration', in: ['supranational'] }], priority: 1, vp: { belarus: -5, russia: 5, nato: -2 }, source: cite },
      { id: 'regimeCollapse', title: 'Collapse', text: 't', check: 'immediate', trigger: [{ track: 'regimeStability', max: 0 }], priority: 2, vp: { belarus: -5, russia: 0, nato: 0 }, source: cite },
      { id: 'statusQuoMarketization', title: 'Status quo', text: 't', check: 'final', trigger: [], priority: 9, vp: { belarus: 1, russia: 1, nato: 1 }, source: cite },
    ],
    history: { steps: [{ turn: 1, date: 'Dec 2018', text: 't', source: cite }], endState: 'statusQuoMarketization', whatHappened: 'w' },
    map: { sites: [], units: [{ id: 'u-efp', name: 'EFP', sidc: '10031000001211000000', lon: 25, lat: 55, faction: 'nato', showWhen: [{ track: 'tension', min: 2 }], source: cite }], flows: [{ id: 'druzhba', name: 'Druzhba', kind: 'oil', path: [[30, 52], [24, 52]], track: 'economy', source: cite }] },
    ...overrides,
  };
}
