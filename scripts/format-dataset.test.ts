import { describe, expect, it } from 'vitest';
import { formatDataset } from './format-dataset.ts';

describe('formatDataset', () => {
  it('keeps short arrays on one line and round-trips the value', () => {
    const value = {
      features: [
        {
          geometry: {
            coordinates: [
              [158.2, 6.96],
              [163, 5.3],
            ],
          },
          properties: { countries: ['FSM', 'NRU'], tools: [] },
        },
      ],
    };
    const text = formatDataset(value);
    expect(text).toContain('[158.2, 6.96]');
    expect(text).toContain('"countries": ["FSM", "NRU"]');
    expect(text).toContain('"tools": []');
    expect(JSON.parse(text)).toEqual(value);
  });

  it('breaks a long array over lines', () => {
    const codes = Array.from({ length: 30 }, (_, i) => `C${String(i).padStart(2, '0')}`);
    expect(formatDataset({ codes }).split('\n').length).toBeGreaterThan(30);
  });
});
