// The map's public face: the app imports this lazily (import('./map')) so Phaser gets its own chunk.
export { createMap, type MapOptions } from './create-map';
export type { MapSource } from './map-source';
export type { MapTestHook } from './test-hook';
