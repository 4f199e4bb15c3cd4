// The tension vignette: a CSS gradient over the canvas rather than a texture the map draws. The compositor blends
// it, so it costs the main thread nothing, in the first frame or any other (a 1600×1200 gradient took ~12-15 ms of
// the first frame, and Canvas stretched it again every frame). It spares the legend, which it used to lie under.
import type { Box } from './geometry';
import { noMotion } from './motion';
import { TENSION_COLOUR, WORLD } from './style';

const FADE_MS = 700;
const RGB = [16, 8, 0].map((shift) => (TENSION_COLOUR >> shift) & 0xff).join(', ');
// Clear out to 0.3 of the shorter side from the centre, then darkening to the corners, as the texture was: on a 4:3
// map that ring is at 36% of the half-diagonal (0.9 of 2.5), and the texture's middle stop (0.55) at 71.2%.
const GRADIENT = `radial-gradient(circle farthest-corner, rgba(${RGB}, 0) 36%, rgba(${RGB}, 0.35) 71.2%, rgba(${RGB}, 0.85) 100%)`;

export class Vignette {
  private readonly element = document.createElement('div');
  private hole: { box: Box; radius: number } | null = null;
  /** Whether a fade is running: the map is not settled until it ends. */
  fading = false;
  /** Called when a fade starts or ends. */
  onFade: () => void = () => {};

  constructor(parent: HTMLElement) {
    Object.assign(this.element.style, { position: 'absolute', pointerEvents: 'none', opacity: '0', background: GRADIENT });
    this.element.setAttribute('aria-hidden', 'true');
    for (const [event, fading] of [['transitionrun', true], ['transitionend', false], ['transitioncancel', false]] as const) {
      this.element.addEventListener(event, () => {
        this.fading = fading;
        this.onFade();
      });
    }
    if (getComputedStyle(parent).position === 'static') parent.style.position = 'relative';
    parent.append(this.element);
  }

  /** Covers the canvas, wherever and however large the Scale Manager placed it in the parent. */
  place(canvas: HTMLCanvasElement): void {
    Object.assign(this.element.style, {
      left: `${canvas.offsetLeft}px`, top: `${canvas.offsetTop}px`, width: `${canvas.offsetWidth}px`, height: `${canvas.offsetHeight}px`,
    });
    this.clip();
  }

  /** Leaves out a rounded box, in screen-space map pixels (the world's size over the whole canvas). */
  cutOut(box: Box, radius: number): void {
    this.hole = { box, radius };
    this.clip();
  }

  /** Fades to `alpha`, or sets it at once without motion. */
  show(alpha: number): void {
    this.element.style.transition = noMotion() ? 'none' : `opacity ${FADE_MS}ms ease-in-out`;
    this.element.style.opacity = String(alpha);
  }

  destroy(): void {
    this.element.remove();
  }

  private clip(): void {
    const width = this.element.offsetWidth;
    const height = this.element.offsetHeight;
    if (!this.hole || !width) return;
    const k = width / WORLD.width;
    const { x, y, w, h } = this.hole.box;
    const [l, t, r, b, c] = [x * k, y * k, (x + w) * k, (y + h) * k, this.hole.radius * k];
    const arc = (ex: number, ey: number): string => `A ${c} ${c} 0 0 1 ${ex} ${ey}`;
    const hole = `M ${l + c} ${t} H ${r - c} ${arc(r, t + c)} V ${b - c} ${arc(r - c, b)} H ${l + c} ${arc(l, b - c)} V ${t + c} ${arc(l + c, t)} Z`;
    this.element.style.clipPath = `path(evenodd, "M 0 0 H ${width} V ${height} H 0 Z ${hole}")`;
  }
}
