// How a facilitated session is run: whether a White Cell sits in, the time per phase, and what happens when it
// runs out. Chosen on the seats screen; ?whitecell=1&timer=<seconds>&timeout=commit|pass prefill it (a class
// plan, or the end-to-end test's 3-second timer). A bad parameter is named, never silently dropped.
export type OnTimeout = 'commit-prepared' | 'pass';

export interface Facilitation {
  whiteCell: boolean;
  /** Seconds per phase; null = no timer for that phase. */
  timer: { orders: number | null; bargaining: number | null };
  onTimeout: OnTimeout;
}

export const DEFAULT_FACILITATION: Facilitation = { whiteCell: false, timer: { orders: null, bargaining: null }, onTimeout: 'commit-prepared' };

/** Reads the facilitation parameters of the address; `problems` names each one that was not understood. */
export function readFacilitation(search: string): { settings: Facilitation; problems: string[] } {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const settings: Facilitation = { ...DEFAULT_FACILITATION, timer: { ...DEFAULT_FACILITATION.timer } };
  const whiteCell = params.get('whitecell');
  if (whiteCell !== null) {
    if (whiteCell === '1' || whiteCell === 'true') settings.whiteCell = true;
    else if (whiteCell !== '0' && whiteCell !== 'false') problems.push(`whitecell=${whiteCell}: expected 1 or 0`);
  }
  const timer = params.get('timer');
  if (timer !== null) {
    const seconds = Number(timer);
    if (Number.isFinite(seconds) && seconds >= 0 && seconds <= 24 * 3600) settings.timer = { orders: seconds || null, bargaining: seconds || null };
    else problems.push(`timer=${timer}: expected a number of seconds from 0 to 86400`);
  }
  const timeout = params.get('timeout');
  if (timeout !== null) {
    if (timeout === 'commit') settings.onTimeout = 'commit-prepared';
    else if (timeout === 'pass') settings.onTimeout = 'pass';
    else problems.push(`timeout=${timeout}: expected commit or pass`);
  }
  return { settings, problems };
}
