// Parts of a state that views hand out as they are rather than copied.

/** A record of the state as the rules froze it (tracks and cards played when a step settles, ledger entries,
 *  offers, threats and closed tables when made), else a copy (a state built elsewhere, a loaded save): what a view
 *  hands out can never change a state. */
export const shared = <T extends object>(record: T): T => (Object.isFrozen(record) ? record : { ...record });
