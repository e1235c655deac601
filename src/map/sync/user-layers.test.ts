/** The user layers' diff: what must change on the map between two lists of layers, worked out without a map. */
import { describe, expect, it } from 'vitest';
import type { UserFeature, UserLayer } from '../../user-data/types.ts';
import { diffUserLayers } from './user-layers.ts';

const features: readonly UserFeature[] = [
  { type: 'Feature', id: 0, geometry: { type: 'Point', coordinates: [0, 0] }, properties: { k: 'a' } },
];

function layer(id: string, change: Partial<UserLayer> = {}): UserLayer {
  return {
    id,
    name: id,
    source: '',
    fileName: `${id}.csv`,
    fileKind: 'csv',
    features,
    fields: ['k'],
    rejectedCount: 0,
    style: { colourBy: null, sizeBy: null },
    visible: true,
    ...change,
  };
}

describe('diffUserLayers', () => {
  it('does nothing without layers', () => {
    expect(diffUserLayers(null, { layers: [] })).toBeNull();
  });
  it('adds each layer that appears', () => {
    const a = layer('a');
    expect(diffUserLayers({ layers: [] }, { layers: [a] })).toEqual({ changes: [{ kind: 'add', layer: a }] });
    expect(diffUserLayers(null, { layers: [a] })).toEqual({ changes: [{ kind: 'add', layer: a }] });
  });
  it('changes nothing when the layers are the same, even as new objects with an equal style', () => {
    const a = layer('a');
    expect(diffUserLayers({ layers: [a] }, { layers: [{ ...a, style: { ...a.style }, name: 'renamed', source: 'typed' }] })).toBeNull();
  });
  it('draws again when the features change', () => {
    const a = layer('a');
    const b = { ...a, features: [...features] };
    expect(diffUserLayers({ layers: [a] }, { layers: [b] })).toEqual({ changes: [{ kind: 'draw', layer: b }] });
  });
  it('draws again when the colour or size column changes', () => {
    const a = layer('a');
    const coloured = { ...a, style: { colourBy: 'k', sizeBy: null } };
    const sized = { ...coloured, style: { colourBy: 'k', sizeBy: 'k' } };
    expect(diffUserLayers({ layers: [a] }, { layers: [coloured] })).toEqual({ changes: [{ kind: 'draw', layer: coloured }] });
    expect(diffUserLayers({ layers: [coloured] }, { layers: [sized] })).toEqual({ changes: [{ kind: 'draw', layer: sized }] });
  });
  it('only shows or hides when visibility alone changes', () => {
    const a = layer('a');
    expect(diffUserLayers({ layers: [a] }, { layers: [{ ...a, visible: false }] })).toEqual({
      changes: [{ kind: 'visibility', id: 'a', visible: false }],
    });
  });
  it('removes a layer that goes, first, and leaves the others alone', () => {
    const a = layer('a');
    const b = layer('b');
    const c = layer('c');
    expect(diffUserLayers({ layers: [a, b] }, { layers: [b, c] })).toEqual({
      changes: [
        { kind: 'remove', id: 'a' },
        { kind: 'add', layer: c },
      ],
    });
  });
});
