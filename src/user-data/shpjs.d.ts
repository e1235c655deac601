/** The part of shpjs (no types of its own) that read-shapefile.ts uses: one layer from its parts. */
declare module 'shpjs' {
  type Bytes = ArrayBuffer | ArrayBufferView;
  export interface ShapefileParts {
    readonly shp: Bytes;
    readonly dbf?: Bytes;
    /** The .cpg: the .dbf's encoding. */
    readonly cpg?: Bytes | string;
    /** The .prj: the coordinate system as WKT, which shpjs reprojects from with proj4 (dropped if proj4 cannot read it). */
    readonly prj?: Bytes | string;
  }
  export default function shp(parts: ShapefileParts): Promise<import('geojson').FeatureCollection<import('geojson').Geometry | null>>;
}
