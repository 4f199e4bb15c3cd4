// Colour-vision deficiency simulation (Machado, Oliveira & Fernandes 2009, severity 1.0, applied in linear sRGB)
// and CIE76 colour difference in CIELAB, for checking that colours which carry meaning stay apart.
type Rgb = [number, number, number];
type Matrix = [Rgb, Rgb, Rgb];

export const DEFICIENCIES: Record<'protanopia' | 'deuteranopia' | 'tritanopia', Matrix> = {
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};

export function hexToRgb(hex: string): Rgb {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) throw new Error(`not a #rrggbb colour: "${hex}"`);
  return [1, 2, 3].map((i) => Number.parseInt(m[i]!, 16) / 255) as Rgb;
}

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const clamp = (c: number) => Math.min(1, Math.max(0, c));

/** The colour as seen with the deficiency, in linear sRGB. */
export function simulate(rgb: Rgb, matrix: Matrix | null): Rgb {
  const lin = rgb.map(toLinear) as Rgb;
  if (!matrix) return lin;
  return matrix.map((row) => clamp(row[0] * lin[0] + row[1] * lin[1] + row[2] * lin[2])) as Rgb;
}

function linearToLab([r, g, b]: Rgb): Rgb {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (v: number) => (v > 216 / 24389 ? Math.cbrt(v) : (24389 / 27 * v + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 ΔE between two colours as a person with this deficiency (or none) sees them. */
export function deltaE(a: string, b: string, matrix: Matrix | null): number {
  const [l1, a1, b1] = linearToLab(simulate(hexToRgb(a), matrix));
  const [l2, a2, b2] = linearToLab(simulate(hexToRgb(b), matrix));
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}
