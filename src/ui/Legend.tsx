/** Legend: pillar colours from the map's own scale, and how precision is drawn. */
import { PILLAR_SHORT } from '../data/labels.ts';
import { PILLARS } from '../data/vocabulary.ts';
import type { Lang } from '../lib/lang.ts';
import { BASEMAP_COLORS, pillarColor } from '../map/palette.ts';
import { strings } from './strings.ts';

export function Legend({ lang }: { lang: Lang }) {
  const t = strings(lang);
  const neutral = '#4b5563';
  return (
    <section className="legend" aria-label={t.legendHeading}>
      <h2 className="visually-hidden">{t.legendHeading}</h2>
      <p className="legend-title">{t.legendPillars}</p>
      <ul>
        {PILLARS.map((p) => (
          <li key={p}>
            <svg width="16" height="16" aria-hidden="true">
              <circle cx="8" cy="8" r="6" fill={pillarColor(p)} stroke="#fff" strokeWidth="1.5" />
            </svg>
            {p}. {PILLAR_SHORT[p][lang]}
          </li>
        ))}
      </ul>
      <p className="legend-title">{t.legendPrecision}</p>
      <ul>
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
          <svg width="16" height="16" aria-hidden="true">
            <circle cx="8" cy="8" r="7" fill={BASEMAP_COLORS.cluster} stroke="#fff" strokeWidth="1" />
            <text x="8" y="11" textAnchor="middle" fontSize="8" fill="#fff">
              n
            </text>
          </svg>
          {t.legendCluster}
        </li>
      </ul>
    </section>
  );
}
