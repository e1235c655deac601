/** The optional layers' table (map/style/optional-layers.ts) names its menu and legend texts by key: each exists in both languages. */
import { describe, expect, it } from 'vitest';
import { optionalLayers } from '../map/style/optional-layers.ts';
import { LAYER_NAMES } from '../state/layer-names.ts';
import { strings, text } from './strings.ts';

describe('optional layer texts', () => {
  it.each(['en', 'ja'] as const)('names texts that exist in %s', (lang) => {
    const t = strings(lang);
    for (const layer of optionalLayers(LAYER_NAMES)) {
      expect(text(t, layer.label)).not.toBe('');
      const keys =
        layer.legend.kind === 'ramp'
          ? [layer.legend.title]
          : [...layer.legend.items.map((i) => i.label), ...(layer.legend.widths ? [layer.legend.widths.label] : [])];
      for (const key of keys) expect(text(t, key)).not.toBe('');
    }
  });

  it('rejects an unknown text key', () => {
    expect(() => text(strings('en'), 'noSuchText')).toThrow('No interface text "noSuchText"');
  });
});
