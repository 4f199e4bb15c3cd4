// Draws SVG images onto one canvas in headless Chromium, the browser that will show them, and returns the canvas as
// an image file: the symbol sheet and the map's backdrop are shipped as bitmaps, which the browser decodes off the
// main thread, where an SVG is parsed and laid out on it. (The page's script is a string: tsx's helpers would not
// exist in the page.)
import { launchChromium } from './chromium';

/** An SVG drawn at x, y: at its own size, or scaled to width × height. */
export interface Drawing { svg: string; x: number; y: number; width?: number; height?: number }

export async function rasterise(width: number, height: number, drawings: Drawing[], type: 'image/png' | 'image/webp', quality = 1): Promise<Buffer> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const dataUrl = await page.evaluate(`(async () => {
      const canvas = document.createElement('canvas');
      canvas.width = ${width};
      canvas.height = ${height};
      const ctx = canvas.getContext('2d');
      for (const { svg, x, y, width, height } of ${JSON.stringify(drawings)}) {
        const image = new Image();
        image.src = 'data:image/svg+xml,' + encodeURIComponent(svg);
        await image.decode();
        if (width === undefined) ctx.drawImage(image, x, y);
        else ctx.drawImage(image, x, y, width, height);
      }
      return canvas.toDataURL(${JSON.stringify(type)}, ${quality});
    })()`) as string;
    if (!dataUrl.startsWith(`data:${type};`)) throw new Error(`Chromium cannot encode ${type}`);
    return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
  } finally {
    await browser.close();
  }
}
