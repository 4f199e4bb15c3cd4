// The bot worker: computes a bot's move off the main thread, from the view and legal actions it is sent.
import { decide } from '../../ai/bot';
import type { Scenario } from '../../rules';
import type { BotReply, BotRequest } from './protocol';

const scenarios = new Map<string, Scenario>();

self.onmessage = (event: MessageEvent<BotRequest>) => {
  const { scenarioKey, scenario, faction, view, legal, settings } = event.data;
  if (scenario) scenarios.set(scenarioKey, scenario);
  const known = scenarios.get(scenarioKey);
  let reply: BotReply;
  try {
    if (!known) throw new Error(`the bot worker was never sent the scenario "${scenarioKey}"`);
    const { action, reason } = decide(known, view, faction, legal, settings);
    reply = { ok: true, faction, seq: view.seq, action, reason };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
