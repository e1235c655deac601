/**
 * One facet's horizontal bar chart: a button per value, its bar split by focus area in the map's
 * colours, and its number. Clicking chooses the value as its checkbox does; hovering or focusing
 * lights its initiatives on the map; the link beside a country's, partner's, means' or region's bar
 * opens its profile.
 */
import { useState } from 'react';
import type { FacetSummary, SummaryBar } from '../../data/summary.ts';
import type { Lang } from '../../lib/lang.ts';
import { pillarColor } from '../../picture/palette.ts';
import { ProfileIcon } from '../ProfileIcon.tsx';
import { profileStrings } from '../profile-strings.ts';
import { strings } from '../strings.ts';
import { summaryStrings } from './summary-strings.ts';
import { barSegments } from './bar-segments.ts';
import { barLabel, barName } from './bar-text.ts';

interface Props {
  readonly summary: FacetSummary;
  readonly title: string;
  readonly chosen: readonly string[];
  readonly lang: Lang;
  readonly onToggle: (value: string) => void;
  /** A bar's key (facet and value) under the pointer or the focus, or null when it leaves. */
  readonly onHover: (key: string | null) => void;
  /** Opens a value's profile (countries, partners, means and regions have one): a link beside each bar. */
  readonly onProfile?: ((value: string) => void) | undefined;
}

export function FacetChart({ summary, title, chosen, lang, onToggle, onHover, onProfile }: Props) {
  const t = strings(lang);
  const s = summaryStrings(lang);
  const [expanded, setExpanded] = useState(false);
  const { facet, others, folded } = summary;
  const bars = expanded ? [...summary.bars, ...folded] : summary.bars;
  const max = Math.max(1, ...bars.map((b) => b.total), others && !expanded ? others.total : 0);
  const headingId = `summary-${facet}`;
  return (
    <section className="summary-chart" aria-labelledby={headingId} data-facet={facet}>
      <h3 id={headingId}>{title}</h3>
      {chosen.length > 0 && <p className="summary-note">{s.ownFacet}</p>}
      {bars.length === 0 && !others ? (
        <p className="summary-note">{s.none}</p>
      ) : (
        <ul aria-labelledby={headingId}>
          {bars.map((bar) => {
            const label = barLabel(facet, bar, lang);
            return (
              <li key={bar.value}>
                <Bar
                  bar={bar}
                  label={label}
                  name={barName(label, bar, lang)}
                  max={max}
                  pressed={chosen.includes(bar.value)}
                  onClick={() => onToggle(bar.value)}
                  onHover={(on) => onHover(on ? `${facet}:${bar.value}` : null)}
                />
                {onProfile ? (
                  <button
                    type="button"
                    className="profile-link"
                    data-profile={bar.value}
                    aria-label={profileStrings(lang).profileOf(label)}
                    title={profileStrings(lang).profileOf(label)}
                    onClick={() => onProfile(bar.value)}
                  >
                    <ProfileIcon />
                  </button>
                ) : (
                  // The same room in every chart, so the bars of all charts line up.
                  <span className="profile-link-room" aria-hidden="true" />
                )}
              </li>
            );
          })}
          {others && !expanded && (
            <li>
              <Bar
                bar={others}
                label={barLabel(facet, others, lang, folded.length)}
                name={`${barName(barLabel(facet, others, lang, folded.length), others, lang)}. ${s.showEach(folded.length)}`}
                max={max}
                expanded={false}
                onClick={() => setExpanded(true)}
                onHover={(on) => onHover(on ? `${facet}:` : null)}
              />
            </li>
          )}
        </ul>
      )}
      {others && expanded && (
        <button type="button" className="link-button summary-fewer" onClick={() => setExpanded(false)}>
          {t.showFewer}
        </button>
      )}
    </section>
  );
}

interface BarProps {
  readonly bar: SummaryBar;
  readonly label: string;
  readonly name: string;
  /** The chart's longest bar, which fills the track. */
  readonly max: number;
  /** A value's bar: whether it is chosen. */
  readonly pressed?: boolean;
  /** The folded countries' bar: whether they are shown each. */
  readonly expanded?: boolean;
  readonly onClick: () => void;
  readonly onHover: (on: boolean) => void;
}

function Bar({ bar, label, name, max, pressed, expanded, onClick, onHover }: BarProps) {
  return (
    <button
      type="button"
      className="summary-bar"
      aria-label={name}
      title={name}
      aria-pressed={pressed}
      aria-expanded={expanded}
      data-value={bar.value}
      data-total={bar.total}
      onClick={onClick}
      onMouseEnter={() => onHover(true)}
      onMouseLeave={() => onHover(false)}
      onFocus={() => onHover(true)}
      onBlur={() => onHover(false)}
    >
      <span className="summary-label">{label}</span>{' '}
      {/* The spaces keep the visible text "Philippines 9", a part of the name, for voice control (and axe). */}
      <svg className="summary-track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        {/* In percent of the track: the SVG stretches to the track's width. */}
        {barSegments(bar.byPillar, max).map((segment) => (
          <rect key={segment.pillar} x={segment.from} y={0} width={segment.width} height={10} fill={pillarColor(segment.pillar)} />
        ))}
      </svg>{' '}
      <span className="summary-count" aria-hidden="true">
        {bar.total}
      </span>
    </button>
  );
}
