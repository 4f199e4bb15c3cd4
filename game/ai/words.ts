// How the bots' reasons name things for a player: titles in quotation marks once, tracks by the names the State of
// play panel gives them, and changes in whole points (every track a player sees is a whole number).
import { signed, TRACKS } from '../rules/tracks';
import type { TrackId } from '../rules/types';

/** A title in quotation marks, unless it comes in its own (a card called ‘Minsk has no choice’ is not quoted twice). */
export const quoted = (title: string) => (/^[‘“'"].*[’”'"]$/s.test(title) ? title : `“${title}”`);

/** "A", "A and B", "A, B and C". */
export const listed = (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/** A track as the State of play panel names it ("Regional tension", "Russian air-defence reach"). */
export const trackLabel = (track: TrackId) => TRACKS[track].label;

const unit = (track: TrackId) => TRACKS[track].unit ?? '';
/** Within this of a whole number, a change is that number of points; further off it is an expectation. */
const WHOLE = 0.05;

/** A change in a track's points: "+1"; an expectation in whole points, "about −2"; one under half a point, "may
 *  rise" (signed: a minus sign, not a hyphen, and never a decimal). */
export function change(track: TrackId, d: number): string {
  const n = Math.round(Math.abs(d));
  const points = `${signed(d < 0 ? -n : n)}${unit(track)}`;
  if (Math.abs(Math.abs(d) - n) < WHOLE) return points;
  if (n === 0) return d < 0 ? 'may fall' : 'may rise';
  return `about ${points}`;
}

/** The same change told as a comparison between two outcomes: "1 higher", "about 2 lower", "a little higher". */
export function comparison(track: TrackId, d: number): string {
  const n = Math.round(Math.abs(d));
  const way = d < 0 ? 'lower' : 'higher';
  if (Math.abs(Math.abs(d) - n) < WHOLE) return `${n}${unit(track)} ${way}`;
  if (n === 0) return `a little ${way}`;
  return `about ${n}${unit(track)} ${way}`;
}

/** Track changes in words, each with its track's name: "Regional tension about −2 and Sovereignty +1". */
export const tracksSaid = (moves: readonly { t: TrackId; d: number }[], say: (track: TrackId, d: number) => string = change) =>
  listed(moves.map(({ t, d }) => `${trackLabel(t)} ${say(t, d)}`));
