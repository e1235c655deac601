/** The legend's part for the user's own layers: each shown layer's name and rows, as a diamond, with its categories or size range. */
import type { Lang } from '../../lib/lang.ts';
import { userLayerLegend } from '../../user-data/style.ts';
import type { UserLayer } from '../../user-data/types.ts';
import { userDataStrings } from './user-data-strings.ts';

function Diamond({ colour, radius = 6 }: { colour: string; radius?: number }) {
  const size = radius * 2 + 4;
  const c = size / 2;
  return (
    <svg width={size} height={size} aria-hidden="true">
      <path
        d={`M${c} ${c - radius}L${c + radius} ${c}L${c} ${c + radius}L${c - radius} ${c}Z`}
        fill={colour}
        stroke="#fff"
        strokeWidth="1"
      />
    </svg>
  );
}

export function UserLegend({ lang, layers }: { readonly lang: Lang; readonly layers: readonly UserLayer[] }) {
  const t = userDataStrings(lang);
  const shown = layers.filter((layer) => layer.visible);
  if (shown.length === 0) return null;
  return (
    <div className="user-legend" data-testid="user-legend">
      <p className="legend-title">{t.legendOverlay}</p>
      <ul>
        {shown.map((layer) => {
          const legend = userLayerLegend(layer);
          return (
            <li key={layer.id} className="user-legend-layer">
              <div>
                <Diamond colour={legend.colour.kind === 'neutral' ? legend.colour.colour : legend.colour.blankColour} />
                <span className="legend-label">{legend.name}</span> <span className="legend-count">{t.features(legend.rows)}</span>
              </div>
              {legend.colour.kind === 'categories' && (
                <ul className="user-legend-values">
                  {legend.colour.values.map((value) => (
                    <li key={value.value}>
                      <Diamond colour={value.colour} radius={5} />
                      <span className="legend-label">{value.value}</span> <span className="legend-count">{value.count}</span>
                    </li>
                  ))}
                  {legend.colour.blank > 0 && (
                    <li>
                      <Diamond colour={legend.colour.blankColour} radius={5} />
                      <span className="legend-label">{t.blankValue}</span> <span className="legend-count">{legend.colour.blank}</span>
                    </li>
                  )}
                </ul>
              )}
              {legend.size && (
                <div className="user-legend-size">
                  <Diamond colour={legend.colour.kind === 'neutral' ? legend.colour.colour : '#9ca3af'} radius={legend.size.minRadius} />
                  {legend.size.min.toLocaleString(lang)}
                  {' – '}
                  <Diamond colour={legend.colour.kind === 'neutral' ? legend.colour.colour : '#9ca3af'} radius={legend.size.maxRadius} />
                  {legend.size.max.toLocaleString(lang)} ({legend.size.column})
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
