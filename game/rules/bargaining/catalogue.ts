// The bargaining catalogue of a scenario (terms, tables, preset packages) and what may be put on a table:
// which terms, by whom, in which package. Pure lookups over the scenario and the state.
import { holds } from '../conditions';
import type { BargainTable, Deal, Faction, GameState, Negotiation, Package, Scenario, Term } from '../types';

/** Most terms in one package (what is given and asked together). */
export const MAX_TERMS = 4;
/** Most terms one blackmail may demand. */
export const MAX_DEMANDS = 3;
/** Every faction's credibility when the game starts (0–10). */
export const CREDIBILITY_START = 5;

export interface Catalogue { terms: Map<string, Term>; tables: Map<string, BargainTable> }

const cache = new WeakMap<Scenario, Catalogue>();

export function catalogueOf(scenario: Scenario): Catalogue {
  let c = cache.get(scenario);
  if (!c) cache.set(scenario, (c = { terms: new Map(scenario.terms.map((t) => [t.id, t])), tables: new Map(scenario.tables.map((t) => [t.id, t])) }));
  return c;
}

export function freshNegotiation(): Negotiation {
  return {
    protocol: null, offer: null, closed: [], threats: [], stalled: [],
    credibility: { belarus: CREDIBILITY_START, russia: CREDIBILITY_START, nato: CREDIBILITY_START },
  };
}

/** The state's negotiation, or a fresh one for a state sketched outside the rules. */
export const negotiationOf = (s: GameState): Negotiation => s.negotiation ?? freshNegotiation();

export const otherParty = (table: BargainTable, f: Faction): Faction => (table.parties[0] === f ? table.parties[1] : table.parties[0]);

/** A term already promised and still standing cannot be offered again. */
export const isCommitted = (s: GameState, term: string) => s.commitments.some((c) => c.term === term && c.status === 'kept');

/** Whether the term may ever sit at the table: its owner is a party, its category the table's, it is no threat, and
 *  it may be promised to the other party. Its conditions and the ledger are the state's (termProblem). */
export function sitsAt(t: Term, table: BargainTable): boolean {
  return table.parties.includes(t.owner) && t.category !== 'threat' && table.categories.includes(t.category)
    && (!t.to || t.to.includes(otherParty(table, t.owner)));
}

/** Why `owner` cannot put this term on this table now, or null when it can. */
export function termProblem(scenario: Scenario, s: GameState, table: BargainTable, id: unknown, owner: Faction): string | null {
  const t = typeof id === 'string' ? catalogueOf(scenario).terms.get(id) : undefined;
  if (!t) return `"${String(id)}" is not a term of this scenario's catalogue`;
  // Players read these (a refused offer is shown to them): terms by title.
  if (t.owner !== owner) return `“${t.title}” is ${t.owner}'s to deliver, not ${owner}'s`;
  if (t.to && !t.to.includes(otherParty(table, owner))) return `“${t.title}” is not something ${owner} promises ${otherParty(table, owner)}`;
  if (t.category === 'threat') return `“${t.title}” is a threat, not something to offer`;
  if (!table.categories.includes(t.category)) return `“${t.title}” (${t.category}) does not belong at the table “${table.title}”`;
  if (!holds(s, t.requires)) return `“${t.title}” cannot be put on the table now: its conditions do not hold`;
  if (isCommitted(s, t.id)) return `“${t.title}” is already committed`;
  return null;
}

/** Why this package cannot be offered by `from` to `to` at the table now, or null when it can. */
export function packageProblem(scenario: Scenario, s: GameState, table: BargainTable, from: Faction, to: Faction, pkg: Partial<Package>): string | null {
  const { give, ask } = pkg;
  if (!Array.isArray(give) || !Array.isArray(ask)) return 'a package needs a list of terms to give and a list to ask for';
  const all = [...give, ...ask];
  if (all.length < 1 || all.length > MAX_TERMS) return `a package holds 1 to ${MAX_TERMS} terms, not ${all.length}`;
  if (new Set(all).size !== all.length) return 'a package names a term twice';
  for (const id of give) { const p = termProblem(scenario, s, table, id, from); if (p) return p; }
  for (const id of ask) { const p = termProblem(scenario, s, table, id, to); if (p) return p; }
  return null;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** The deals.json id of the preset this package is, or ''. */
export function presetOf(scenario: Scenario, from: Faction, to: Faction, pkg: Package): string {
  return scenario.deals.find((d) => d.from === from && d.to === to && sameSet(d.give, pkg.give) && sameSet(d.ask, pkg.ask))?.id ?? '';
}

/** The first `limit` presets `from` may offer `to` at this table now (the rest are not checked). */
export function validPresets(scenario: Scenario, s: GameState, table: BargainTable, from: Faction, to: Faction, limit = Infinity): Deal[] {
  const valid: Deal[] = [];
  for (const { deal, terms } of presetsAt(scenario, table, from, to)) {
    if (valid.length >= limit) break;
    if (terms.every((t) => holds(s, t.requires) && !isCommitted(s, t.id))) valid.push(deal);
  }
  return valid;
}

/** Which presets validPresets would give, as a bit set over presetsAt's list (bit i: its i-th preset), for memos;
 *  -1 when the direction has more presets than a bit set holds. */
export function validPresetBits(scenario: Scenario, s: GameState, table: BargainTable, from: Faction, to: Faction, limit: number): number {
  const candidates = presetsAt(scenario, table, from, to);
  if (candidates.length > 30) return -1;
  let bits = 0;
  next: for (let i = 0, n = 0; i < candidates.length && n < limit; i++) {
    const terms = candidates[i]!.terms;
    for (let j = 0; j < terms.length; j++) if (!holds(s, terms[j]!.requires) || isCommitted(s, terms[j]!.id)) continue next;
    bits |= 1 << i;
    n++;
  }
  return bits;
}

/** The presets of a bit set of validPresetBits, in file order. */
export function presetsOfBits(scenario: Scenario, table: BargainTable, from: Faction, to: Faction, bits: number): Deal[] {
  return presetsAt(scenario, table, from, to).filter((_, i) => (bits & (1 << i)) !== 0).map((c) => c.deal);
}

/** A preset that passes every check of packageProblem that does not depend on the state, with its terms: only
 *  their conditions and the ledger remain to be checked. */
interface Candidate { deal: Deal; terms: Term[] }

const presetIndex = new WeakMap<Scenario, WeakMap<BargainTable, Map<string, Candidate[]>>>();

/** The presets `from` may offer `to` at this table whatever the state, in file order: legal lists ask for them at
 *  every bargaining step, so they are worked out once per table and direction. */
function presetsAt(scenario: Scenario, table: BargainTable, from: Faction, to: Faction): Candidate[] {
  let byTable = presetIndex.get(scenario);
  if (!byTable) presetIndex.set(scenario, (byTable = new WeakMap()));
  let byDirection = byTable.get(table);
  if (!byDirection) byTable.set(table, (byDirection = new Map()));
  const key = `${from}>${to}`;
  let candidates = byDirection.get(key);
  if (!candidates) {
    const { terms } = catalogueOf(scenario);
    const fits = (id: string, owner: Faction) => {
      const t = terms.get(id);
      return t !== undefined && t.owner === owner && sitsAt(t, table);
    };
    candidates = scenario.deals
      .filter((d) => d.from === from && d.to === to)
      .filter((d) => {
        const all = [...d.give, ...d.ask];
        return all.length >= 1 && all.length <= MAX_TERMS && new Set(all).size === all.length && d.give.every((id) => fits(id, from)) && d.ask.every((id) => fits(id, to));
      })
      .map((deal) => ({ deal, terms: [...deal.give, ...deal.ask].map((id) => terms.get(id)!) }));
    byDirection.set(key, candidates);
  }
  return candidates;
}

export type PresetFile = Omit<Deal, 'binding' | 'onAccept' | 'onReject'>;

/** Presets as the rest of the code sees them: with the package's binding flag and effects derived from its terms. */
export function derivePresets(terms: readonly Term[], presets: readonly PresetFile[]): Deal[] {
  const byId = new Map(terms.map((t) => [t.id, t]));
  return presets.map((p) => {
    const items = [...p.give, ...p.ask].map((id) => byId.get(id)).filter((t): t is Term => t !== undefined);
    return {
      ...p,
      binding: items.length > 0 && items.every((t) => t.binding),
      onAccept: items.flatMap((t) => t.effects),
      onReject: items.flatMap((t) => t.refused ?? []),
    };
  });
}

const packageDeals = new WeakMap<Scenario, Map<string, Deal>>();
/** Bound on the remembered packages per scenario (there are few distinct ones; this only caps odd callers). */
const PACKAGE_MEMO_LIMIT = 10_000;

/** Any package as a deal-shaped record (the preset itself when it is one), so code that weighs deals can weigh it.
 *  Bots weigh the same packages again and again: the record is built once per package and shared (read-only). */
export function packageDeal(scenario: Scenario, from: Faction, to: Faction, pkg: Package): Deal {
  let memo = packageDeals.get(scenario);
  if (!memo) packageDeals.set(scenario, (memo = new Map()));
  const key = packageKey(from, to, pkg);
  let deal = memo.get(key);
  if (!deal) {
    if (memo.size >= PACKAGE_MEMO_LIMIT) memo.clear();
    memo.set(key, (deal = buildPackageDeal(scenario, from, to, pkg)));
  }
  return deal;
}

/** The memo's key: the parties, how many terms each side holds, then the terms, apart by NUL, which no scenario id
 *  holds (ids are slugs). Cheaper than serialising the package. */
function packageKey(from: Faction, to: Faction, pkg: Package): string {
  return `${from}\0${to}\0${pkg.give.length}\0${pkg.ask.length}\0${pkg.give.join('\0')}\0${pkg.ask.join('\0')}`;
}

function buildPackageDeal(scenario: Scenario, from: Faction, to: Faction, pkg: Package): Deal {
  const preset = presetOf(scenario, from, to, pkg);
  if (preset) return scenario.deals.find((d) => d.id === preset)!;
  const terms = catalogueOf(scenario).terms;
  const titles = [...pkg.give, ...pkg.ask].map((id) => terms.get(id)?.title ?? id);
  const source = terms.get([...pkg.give, ...pkg.ask][0] ?? '')?.source ?? { cite: [], extrapolation: 'A package put together at the table.' };
  return derivePresets(scenario.terms, [{ id: '', from, to, title: titles.join(' + '), text: '', give: [...pkg.give], ask: [...pkg.ask], source }])[0]!;
}
