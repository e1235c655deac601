/** Legend: pillar colours from the map's own scale, and how precision is drawn. */
import { Fragment, type ReactNode } from 'react';
import type { Initiative } from '../data/initiative.ts';
import { PILLAR_SHORT } from '../data/labels.ts';
import { countsByPillar } from '../data/stats.ts';
import { PILLARS } from '../data/vocabulary.ts';
import type { Lang } from '../lib/lang.ts';
import { optionalLayers } from '../map/style/optional-layers.ts';
import { BASEMAP_COLORS, pillarColor } from '../picture/palette.ts';
import { LAYER_NAMES, type LayerName } from '../state/layer-names.ts';
import { strings, text } from './strings.ts';

interface Props {
  readonly lang: Lang;
  /** The matching initiatives: the legend counts the same set the map draws. */
  readonly initiatives?: readonly Initiative[];
  readonly layers?: readonly LayerName[];
  /** False for large datasets, which the map draws as one plain point per location (data/draw-strategy.ts). */
  readonly grouped?: boolean;
  /** The user's own layers' part, below ours. */
  readonly children?: ReactNode;
}

export function Legend({ lang, initiatives, layers = [], grouped = true, children }: Props) {
  const t = strings(lang);
  const counts = initiatives ? countsByPillar(initiatives) : null;
  const neutral = '#4b5563';
  return (
    <details className="legend" open={roomy()} aria-label={t.legendHeading}>
      <summary>{t.legendHeading}</summary>
      <p className="legend-title">{t.legendPillars}</p>
      <ul>
        {PILLARS.map((p) => (
          <li key={p}>
            <svg width="16" height="16" aria-hidden="true">
              <circle cx="8" cy="8" r="6" fill={pillarColor(p)} stroke="#fff" strokeWidth="1.5" />
            </svg>
            <span className="legend-label">
              {p}. {PILLAR_SHORT[p][lang]}
            </span>
            {counts && (
              <span className="legend-count" data-pillar-count={p}>
                {counts[p]}
              </span>
            )}
          </li>
        ))}
      </ul>
      <p className="legend-title">{t.legendPrecision}</p>
      {!grouped && <p className="legend-note">{t.legendPoints}</p>}
      <ul hidden={!grouped}>
        <li>
          <svg width="16" height="16" aria-hidden="true">
            <circle cx="8" cy="8" r="5" fill={neutral} stroke="#fff" strokeWidth="1.5" />
          </svg>
          {t.legendExact}
        </li>
        <li>
          <svg width="16" height="16" aria-hidden="true">
            <circle cx="8" cy="8" r="6.5" fill={neutral} fillOpacity="0.22" stroke={neutral} strokeWidth="1.5" />
          </svg>
          {t.legendApproximate}
        </li>
        <li>
          <svg width="16" height="16" aria-hidden="true">
            <line x1="1" y1="8" x2="15" y2="8" stroke={neutral} strokeWidth="3" strokeDasharray="5 3" />
          </svg>
          {t.legendRoute}
        </li>
        <li>
          <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
            {PILLARS.map((p, i) => (
              <path key={p} d={arcPath(9, 9, 8.5, (i * 2 * Math.PI) / 3, ((i + 1) * 2 * Math.PI) / 3)} fill={pillarColor(p)} />
            ))}
            <circle cx="9" cy="9" r="5.5" fill={BASEMAP_COLORS.cluster} />
            <text x="9" y="11.5" textAnchor="middle" fontSize="7" fill="#fff">
              n
            </text>
          </svg>
          {t.legendCluster}
        </li>
      </ul>
      {optionalLayers(LAYER_NAMES.filter((name) => layers.includes(name))).map(({ name, legend }) =>
        legend.kind === 'ramp' ? (
          <Fragment key={name}>
            <p className="legend-title">{text(t, legend.title)}</p>
            <ul className="legend-ramp" data-testid={`${name}-legend`}>
              {legend.classes().map((c) => (
                <li key={c.label}>
                  <span className="ramp-swatch" style={{ background: c.color }} aria-hidden="true" />
                  {c.label}
                </li>
              ))}
            </ul>
          </Fragment>
        ) : (
          <Fragment key={name}>
            <ul data-testid={`${name}-legend`}>
              {legend.items.map((item) => (
                <li key={item.label}>
                  <svg width="16" height="16" aria-hidden="true">
                    <path d="M1 13 Q8 1 15 13" fill="none" stroke={item.color} strokeWidth={item.width} />
                  </svg>
                  {text(t, item.label)}
                </li>
              ))}
            </ul>
            {legend.widths && (
              <>
                <p className="legend-note">{text(t, legend.widths.label)}</p>
                <ul className="legend-ramp" data-testid={`${name}-widths`}>
                  {legend.widths.samples.map((sample) => (
                    <li key={sample.label}>
                      <svg width="24" height="10" aria-hidden="true">
                        <line x1="2" y1="5" x2="22" y2="5" stroke={neutral} strokeWidth={sample.width} strokeLinecap="round" />
                      </svg>
                      {sample.label}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </Fragment>
        ),
      )}
      {children}
    </details>
  );
}

/** An SVG pie slice from angle a0 to a1 (radians, clockwise from 12 o'clock). */
function arcPath(cx: number, cy: number, r: number, a0: number, a1: number): string {
  const point = (a: number) => `${cx + r * Math.sin(a)} ${cy - r * Math.cos(a)}`;
  return `M${cx} ${cy} L${point(a0)} A${r} ${r} 0 ${a1 - a0 > Math.PI ? 1 : 0} 1 ${point(a1)} Z`;
}

/** Open the legend at start only where it leaves most of the map free. */
function roomy(): boolean {
  return typeof window === 'undefined' || (window.innerWidth >= 1000 && window.innerHeight >= 640);
}
