// Builds the static map backdrop from Natural Earth 50m (world-atlas): assets/map/region.svg and its bitmaps at 1×
// and MAP_RASTER× (map-files.ts: what the map draws; rasterised in Chromium), assets/map/belarus.svg (the hatching the runtime fades in with alliance commitment) and
// assets/map/projection.json (so the runtime projects lon/lat exactly as this drawing did).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { geoGraticule, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { makeProjection, type PixelBox, type ProjectionSpec } from '../game/map/projection';
import { MAP_FILES, SHARP_REGION } from '../game/map/map-files';
import { FONT, MAP_RASTER, SEA, WORLD } from '../game/map/style';
import { rasterise } from './rasterise';

const { width: WIDTH, height: HEIGHT } = WORLD;
// Lambert conformal conic centred on Belarus: shapes stay true around Minsk, and the standard
// parallels bracket the frame so neither Ukraine nor Estonia is stretched much.
const ROTATE: [number, number] = [-27, 0];
const PARALLELS: [number, number] = [50, 58];
// The frame we want on screen: Kaliningrad and Germany's edge in the west, Moscow in the east.
const FRAME = { west: 14, east: 40, south: 47, north: 61 };
// Islands and lakes smaller than this (in px²) vanish at our scale and only cost bytes.
const MIN_AREA = 2;

type Tone = 'belarus' | 'russia' | 'nato' | 'natoMuted' | 'neutral' | 'muted';

// The period is the paper's (2018–2020): Finland and Sweden were not yet NATO members.
const TONES: Record<string, Tone> = {
  Belarus: 'belarus',
  Russia: 'russia',
  Poland: 'nato', Lithuania: 'nato', Latvia: 'nato', Estonia: 'nato',
  Germany: 'natoMuted', Czechia: 'natoMuted', Slovakia: 'natoMuted', Hungary: 'natoMuted',
  Romania: 'natoMuted', Denmark: 'natoMuted', Norway: 'natoMuted', Bulgaria: 'natoMuted',
  Italy: 'natoMuted', Slovenia: 'natoMuted', Croatia: 'natoMuted',
  Ukraine: 'neutral',
};

const COLOURS = {
  // A deep sea keeps land and water apart even where NATO's blue meets the Baltic.
  sea: SEA,
  graticule: '#5f7f94',
  coast: '#4f6b7d',
  border: '#5a5750',
  belarusEdge: '#7a4f00',
  label: '#2f2d2a',
  mutedLabel: '#6e6a62',
  seaLabel: '#e4eef4',
  halo: '#f6f3ea',
  fill: {
    belarus: '#ecd48a',
    russia: '#d8aaa0',
    nato: '#a9bde0',
    natoMuted: '#d3d8e2',
    neutral: '#e2ddd0',
    muted: '#e6e3dc',
  } satisfies Record<Tone, string>,
  // Russia's tone, darker, for the commitment hatching over Belarus.
  hatch: '#9e3426',
};

interface Label { text: string; lon: number; lat: number; size: number; kind: 'country' | 'minor' | 'sea' | 'note' }

// Placed by hand: centroids put RUSSIA in Siberia; BELARUS sits in the north, away from the
// airbases and pipelines; the legend covers the south-west corner, so Czechia goes unlabelled.
const LABELS: Label[] = [
  { text: 'BELARUS', lon: 28.75, lat: 54.9, size: 30, kind: 'country' },
  { text: 'RUSSIA', lon: 35.2, lat: 58.0, size: 30, kind: 'country' },
  { text: 'POLAND', lon: 18.9, lat: 52.0, size: 26, kind: 'country' },
  { text: 'LITHUANIA', lon: 23.9, lat: 55.55, size: 17, kind: 'country' },
  { text: 'LATVIA', lon: 25.9, lat: 56.75, size: 18, kind: 'country' },
  { text: 'ESTONIA', lon: 25.9, lat: 58.75, size: 18, kind: 'country' },
  { text: 'UKRAINE', lon: 31.0, lat: 49.2, size: 28, kind: 'country' },
  { text: '(RUSSIA)', lon: 21.5, lat: 54.95, size: 12, kind: 'minor' },
  { text: 'FINLAND', lon: 27.5, lat: 60.95, size: 18, kind: 'minor' },
  { text: 'SWEDEN', lon: 15.2, lat: 59.6, size: 18, kind: 'minor' },
  { text: 'GERMANY', lon: 13.0, lat: 51.3, size: 18, kind: 'minor' },
  { text: 'SLOVAKIA', lon: 21.2, lat: 48.75, size: 14, kind: 'minor' },
  { text: 'HUNGARY', lon: 21.3, lat: 47.6, size: 15, kind: 'minor' },
  { text: 'ROMANIA', lon: 24.3, lat: 47.55, size: 16, kind: 'minor' },
  { text: 'MOLDOVA', lon: 28.5, lat: 47.35, size: 11, kind: 'minor' },
  { text: 'Baltic Sea', lon: 18.6, lat: 56.3, size: 20, kind: 'sea' },
  { text: 'Gulf of Finland', lon: 25.6, lat: 59.85, size: 13, kind: 'sea' },
  { text: 'Gulf of Riga', lon: 23.3, lat: 57.6, size: 11, kind: 'sea' },
  // The 65 km Polish–Lithuanian border between Kaliningrad and Belarus.
  { text: 'Suwałki gap', lon: 22.2, lat: 53.95, size: 12, kind: 'note' },
];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;

// Fit the frame, traced densely along its parallels (which are arcs in a conic projection).
const frameRing: Position[] = [];
for (let lon = FRAME.west; lon <= FRAME.east; lon += 0.5) frameRing.push([lon, FRAME.south]);
for (let lon = FRAME.east; lon >= FRAME.west; lon -= 0.5) frameRing.push([lon, FRAME.north]);
const framePoints: GeoPermissibleObjects = { type: 'MultiPoint', coordinates: frameRing };
const fitted = makeProjection({ rotate: ROTATE, parallels: PARALLELS, scale: 1, translate: [0, 0] })
  .fitSize([WIDTH, HEIGHT], framePoints);
const scale = round(fitted.scale(), 3);
const translate = fitted.translate().map((v) => round(v, 3)) as [number, number];

// Draw with the rounded parameters the runtime will read, clipped to the canvas.
const projection = makeProjection({ rotate: ROTATE, parallels: PARALLELS, scale, translate })
  .clipExtent([[0, 0], [WIDTH, HEIGHT]]);
const path = geoPath(projection).digits(1);

/** Drops polygons too small to see, so the archipelagos of Finland and Sweden cost nothing. */
function withoutSpecks(f: Feature<Polygon | MultiPolygon>): Feature<MultiPolygon> {
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const kept = polygons.filter((coordinates) => path.area({ type: 'Polygon', coordinates }) >= MIN_AREA);
  return { ...f, geometry: { type: 'MultiPolygon', coordinates: kept } };
}

const shapes: { name: string; tone: Tone; d: string; shape: Feature<MultiPolygon> }[] = [];
for (const country of countries.features) {
  const shape = withoutSpecks(country);
  const d = path(shape);
  if (!d) continue;
  shapes.push({ name: country.properties.name, tone: TONES[country.properties.name] ?? 'muted', d, shape });
}
// Belarus last, so its heavier outline is not overdrawn by a neighbour's.
shapes.sort((a, b) => Number(a.tone === 'belarus') - Number(b.tone === 'belarus'));
const belarus = shapes.find((s) => s.tone === 'belarus');
if (!belarus) throw new Error('Belarus is not in the frame: check FRAME and the projection');

const borders = path(mesh(topology, topology.objects.countries, (a, b) => a !== b)) ?? '';
const graticule = path(geoGraticule().step([5, 5]).extent([[0, 40], [60, 70]])()) ?? '';

function round(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const LETTER_SPACING: Record<Label['kind'], number> = { country: 0.18, minor: 0.12, sea: 0, note: 0 };

function labelAt(l: Label): [number, number] {
  const p = projection([l.lon, l.lat]);
  if (!p) throw new Error(`label ${l.text} cannot be projected`);
  return [round(p[0], 1), round(p[1], 1)];
}

/** Roughly the box a label covers (DejaVu Sans runs about 0.62 em per capital, bold or not). */
function labelBox(l: Label): PixelBox {
  const [x, y] = labelAt(l);
  const width = l.text.length * l.size * (0.62 + LETTER_SPACING[l.kind]);
  return { x: round(x - width / 2, 1), y: round(y - l.size * 0.6, 1), width: round(width, 1), height: round(l.size * 1.2, 1) };
}

function labelSvg(l: Label): string {
  const [x, y] = labelAt(l);
  const style = {
    country: `font-weight="bold" letter-spacing="${l.size * LETTER_SPACING.country}" fill="${COLOURS.label}"`,
    minor: `letter-spacing="${l.size * LETTER_SPACING.minor}" fill="${COLOURS.mutedLabel}"`,
    sea: `font-style="italic" fill="${COLOURS.seaLabel}" stroke="none"`,
    note: `font-style="italic" font-weight="bold" fill="${COLOURS.belarusEdge}"`,
  }[l.kind];
  return `<text x="${x}" y="${y}" font-size="${l.size}" ${style}>${escapeXml(l.text)}</text>`;
}

const regionSvg = [
  `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">`,
  `<rect width="${WIDTH}" height="${HEIGHT}" fill="${COLOURS.sea}"/>`,
  `<g stroke="${COLOURS.coast}" stroke-width="0.8" stroke-linejoin="round">`,
  ...shapes.map((s) => `<path${s.tone === 'belarus' ? ' id="by"' : ''} fill="${COLOURS.fill[s.tone]}" d="${s.d}"/>`),
  `</g>`,
  `<path d="${graticule}" fill="none" stroke="${COLOURS.graticule}" stroke-width="0.6" stroke-opacity="0.5"/>`,
  `<path d="${borders}" fill="none" stroke="${COLOURS.border}" stroke-width="1.3" stroke-linejoin="round"/>`,
  `<use href="#by" fill="none" stroke="${COLOURS.belarusEdge}" stroke-width="3" stroke-linejoin="round"/>`,
  `<g font-family="${FONT}" text-anchor="middle" dominant-baseline="middle" stroke="${COLOURS.halo}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">`,
  ...LABELS.map(labelSvg),
  `</g>`,
  `</svg>`,
].join('\n');

// The hatching covers Belarus' bounding box only, so its texture stays small.
const [[x0, y0], [x1, y1]] = path.bounds(belarus.shape);
const box = { x: Math.floor(x0) - 2, y: Math.floor(y0) - 2, width: Math.ceil(x1 - x0) + 4, height: Math.ceil(y1 - y0) + 4 };
const belarusSvg = [
  `<svg xmlns="http://www.w3.org/2000/svg" width="${box.width}" height="${box.height}" viewBox="${box.x} ${box.y} ${box.width} ${box.height}">`,
  `<defs><pattern id="h" width="10" height="10" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">`,
  `<rect width="4" height="10" fill="${COLOURS.hatch}"/></pattern></defs>`,
  `<path d="${belarus.d}" fill="url(#h)" stroke="${COLOURS.hatch}" stroke-width="2"/>`,
  `</svg>`,
].join('\n');

const spec: ProjectionSpec = {
  type: 'conicConformal', rotate: ROTATE, parallels: PARALLELS, scale, translate, width: WIDTH, height: HEIGHT,
  belarus: box, labels: LABELS.map(labelBox),
};

const out = join(root, 'assets', 'map');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'region.svg'), regionSvg + '\n');
writeFileSync(join(out, 'belarus.svg'), belarusSvg + '\n');
writeFileSync(join(out, 'projection.json'), JSON.stringify(spec, null, 2) + '\n');
// Lossy at 0.9: its flat colours and labels look the same as the SVG's at 1:1, in about a third of a lossless file.
for (const [file, scale] of [[MAP_FILES.region, 1], [SHARP_REGION, MAP_RASTER]] as const) {
  const [width, height] = [WIDTH * scale, HEIGHT * scale];
  const bitmap = await rasterise(width, height, [{ svg: regionSvg, x: 0, y: 0, width, height }], 'image/webp', 0.9);
  writeFileSync(join(root, 'assets', file), bitmap);
  console.log(`${file} ${bitmap.length} bytes (${width}×${height})`);
}
console.log(`region.svg ${Buffer.byteLength(regionSvg)} bytes, ${shapes.length} countries: ${shapes.map((s) => s.name).join(', ')}`);
console.log(`belarus.svg ${Buffer.byteLength(belarusSvg)} bytes; projection scale ${scale}, translate ${translate.join(', ')}`);
