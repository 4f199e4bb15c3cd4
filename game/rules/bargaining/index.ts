/**
 * Bargaining (GAME-DESIGN §2.4–2.5, FACTBOOK §4): the rules' negotiation API. Everything a UI needs is in the
 * PlayerView; nothing here needs to be called from outside the rules except `describeProtocol` (for drawing).
 *
 * Content (per scenario folder, validated by zod in scenario-schema.ts + load-scenario.ts):
 * - terms.json: the catalogue, `Term { id, owner, title, text, category, binding, effects, breaches?, requires?,
 *   refused?, triggers?, source }`. Category 'threat' terms are only the responses of threats.
 * - deals.json: named packages (presets) `{ id, from, to, title, text, give: termId[], ask: termId[], source }`.
 * - tables.json: `BargainTable { id, title, parties, opener, maxRounds, categories, deadlock, blackmail?, source }`,
 *   sitting in file order each turn (Russia↔Belarus, NATO↔Belarus, NATO↔Russia).
 *
 * Actions (types.ts Action), legal only for the table's mover (`view.negotiation.table.mover`):
 * - opening / secondChance: `bargain.offer {give, ask}` (1–4 terms: give owned by the mover, ask by the other side,
 *   each term's `requires` holding, none already committed), `bargain.blackmail {threat, demand}` (the table's
 *   blackmailer only), `bargain.pass` (when both sides pass, the table closes at no cost). A mover who could do
 *   nothing but pass (no term of either side may sit at the table now) is skipped; rules version 2 skipped any
 *   mover whose list held only a pass.
 * - offered / threatened: `bargain.accept`, `bargain.reject` (deadlock: the table's deadlock cost and the terms'
 *   `refused` effects), `bargain.counter {give, ask}` (roles swap; at most `maxRounds` offers), `bargain.stall`
 *   (the offer waits for the next sitting, where it must be answered), `bargain.threaten {trigger, response}`
 *   (one per side per table: if the other side reveals `trigger` this turn or next, `response` is carried out),
 *   `bargain.blackmail` (the blackmailer may answer an offer with a threat to defect).
 * - blackmailed: `bargain.accept` (concede: the demands become commitments) or `bargain.call` (a seeded roll at
 *   `view.negotiation.table.blackmail.odds`: held → the demands are committed anyway and the target pays the
 *   table's `held` effects; failed → the blackmailer backs down, pays `failed` and loses credibility).
 * `legalActions` lists only presets valid now, a few one-term-smaller variations and the answers; `apply`
 * accepts any valid package and names what is wrong with an invalid one.
 *
 * State: `GameState.negotiation` (protocol snapshot of the sitting table, the offer awaiting an answer, tables
 * closed this turn, threats, credibility per faction, stalled offers); `GameState.bargains` (this turn's offers);
 * `GameState.commitments` (the ledger: one entry per term, a package's terms sharing one id). Agreed terms'
 * effects, deadlock costs and blackmail outcomes apply when the turn resolves, before the orders.
 * Binding commitments make their owner's `breaches` cards illegal (`view.blocked[card]` =
 * `{ code: 'forbidden-by-commitment', commitment, term }`); revealing a card that breaks a promise marks it
 * breached, logs a `breach` entry and costs the owner credibility.
 *
 * View: `view.negotiation` { table: TableView | null, closed, threats, credibility, stalled }, `view.commitments`,
 * `view.bargains`, `view.blocked` (why each of the viewer's cards is unavailable), `view.odds` (live roll odds).
 * Log kinds: offer, response, stall, threat (made / carried-out / lapsed), deadlock, blackmail, call, breach,
 * credibility.
 */
export { describeProtocol, type ProtocolGraph } from './describe';
export { protocolMachine, PROTOCOL_FINAL } from './protocol.machine';
export { blackmailOdds } from './blackmail';
export { MAX_TERMS, MAX_DEMANDS, CREDIBILITY_START } from './catalogue';
