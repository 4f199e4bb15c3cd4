// The map's projection, rebuilt from assets/map/projection.json: the build script draws the
// backdrop with it and the runtime places sites, units and flows with it, so the two always agree.
import { geoConicConformal, type GeoProjection } from 'd3-geo';

/** A box in map pixels. */
export interface PixelBox { x: number; y: number; width: number; height: number }

/** The contents of assets/map/projection.json. */
export interface ProjectionSpec {
  type: 'conicConformal';
  rotate: [number, number];
  parallels: [number, number];
  scale: number;
  translate: [number, number];
  /** The canvas the backdrop was drawn for, in pixels. */
  width: number;
  height: number;
  /** Where assets/map/belarus.svg (the commitment hatching) sits on that canvas. */
  belarus: PixelBox;
  /** The labels baked into region.svg (country and sea names), which site labels keep clear of. */
  labels: PixelBox[];
}

export function makeProjection(spec: Pick<ProjectionSpec, 'rotate' | 'parallels' | 'scale' | 'translate'>): GeoProjection {
  return geoConicConformal()
    .rotate(spec.rotate)
    .parallels(spec.parallels)
    .scale(spec.scale)
    .translate(spec.translate);
}
