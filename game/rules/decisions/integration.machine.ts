// The integration question of 2018–2020 (FACTBOOK theme A): Medvedev's ultimatum, the Sochi roadmaps,
// Russia's package deal and the refused 31st roadmap. Paper: The Union State at Twenty > From stalemate to ultimatum.
import { setup } from 'xstate';
import { effectsAction, fx, track, type DecisionEvent } from './decision-effects';

type IntegrationEvent = DecisionEvent<
  | 'ultimatum.issue' | 'talks.open' | 'package.demand' | 'roadmaps.signTechnical'
  | 'roadmap31.table' | 'roadmap31.accept' | 'roadmap31.refuse' | 'integration.refuse' | 'integration.postpone'
>;

const stalemate = { cite: ['stalemateToUltimatum' as const] };
const marketize = fx(
  { cite: ['stalemateToUltimatum', 'absorbing2024', 'russianIntentions'] },
  // "inert integration implying the necessary 'marketization'": cheaper for Moscow, costly for Minsk.
  { track: 'subsidyCost', delta: -2 },
  { track: 'economy', delta: -1 },
  { track: 'sovereignty', delta: 1 },
);

export const createIntegrationMachine = () => setup({
  types: { events: {} as IntegrationEvent },
  actions: { effects: effectsAction },
  guards: {
    // The 31st roadmap is tabled only once the technical package is (mostly) signed.
    technicalDone: ({ event }) => track(event, 'integration') >= 30,
  },
}).createMachine({
  id: 'integration',
  initial: 'statusQuo',
  states: {
    // "Oil for kisses": subsidies in return for rhetorical loyalty. (Irreconcilable views)
    statusQuo: {
      on: { 'ultimatum.issue': { target: 'ultimatum', actions: fx(stalemate, { track: 'sovereignty', delta: -1 }) } },
    },
    // Brest, 13 Dec 2018: status quo with marketization, or supranational bodies. (From stalemate to ultimatum)
    ultimatum: {
      on: {
        'talks.open': { target: 'negotiation', actions: fx(stalemate, { track: 'allianceCommitment', delta: 1 }) },
        'integration.refuse': { target: 'marketization', actions: marketize },
      },
    },
    // Monthly summits and the Sochi action programme, September 2019. (From stalemate to ultimatum)
    negotiation: {
      on: {
        'package.demand': { target: 'packageDeal', actions: fx(stalemate, { track: 'leverage', delta: 1 }) },
        'roadmaps.signTechnical': { target: 'technicalRoadmaps', actions: fx(stalemate, { track: 'integration', delta: 10 }, { track: 'allianceCommitment', delta: 1 }) },
        'integration.refuse': { target: 'marketization', actions: marketize },
        // 25 Dec 2019: the 31st roadmap postponed "at least until 2023" while the package was still deadlocked.
        'integration.postpone': { target: 'marketization', actions: marketize },
      },
    },
    // "All the roadmaps enshrined in law before Russia even considered granting loans". (From stalemate to ultimatum)
    packageDeal: {
      on: {
        'roadmaps.signTechnical': { target: 'technicalRoadmaps', actions: fx(stalemate, { track: 'integration', delta: 10 }, { track: 'allianceCommitment', delta: 1 }) },
        'integration.refuse': { target: 'marketization', actions: marketize },
        'integration.postpone': { target: 'marketization', actions: marketize },
      },
    },
    // Technical and regulatory harmonisation "in some 30 spheres". (From stalemate to ultimatum)
    technicalRoadmaps: {
      on: {
        'roadmaps.signTechnical': { actions: fx(stalemate, { track: 'integration', delta: 10 }, { track: 'sovereignty', delta: -1 }) },
        'roadmap31.table': { guard: 'technicalDone', target: 'roadmap31', actions: fx(stalemate, { track: 'tension', delta: 1 }) },
        'integration.postpone': { target: 'marketization', actions: marketize },
      },
    },
    // The 31st roadmap: a fiscal administration and a single currency emission centre. (From stalemate to ultimatum)
    roadmap31: {
      on: {
        'roadmap31.accept': {
          target: 'supranational',
          actions: fx({ cite: ['stalemateToUltimatum', 'conclusions'] },
            { track: 'integration', delta: 1 }, { track: 'sovereignty', delta: -6 }, { track: 'economy', delta: 3 }, { track: 'allianceCommitment', delta: 3 }),
        },
        'roadmap31.refuse': { target: 'marketization', actions: marketize },
        'integration.postpone': { target: 'marketization', actions: marketize },
      },
    },
    // Supranational bodies with Russian-dominated voting: the end of Belarusian sovereignty as the paper defines it.
    supranational: { type: 'final' },
    // Back to square one, "with one advantage though": Russia pays much less. (Realities > Russian intentions)
    marketization: {
      on: { 'ultimatum.issue': { target: 'ultimatum', actions: fx(stalemate, { track: 'sovereignty', delta: -1 }) } },
    },
  },
});
