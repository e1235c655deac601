/**
 * The Summary view (`?panel=summary`): one bar chart per facet for the matching set, or the same
 * numbers as tables. Loaded with its first opening (React.lazy in the sidebar), with its words and
 * the summary model, so the first render's JavaScript does not carry it.
 */
import { isProfileKind, type ProfileKind } from '../../data/profile.ts';
import { useEffect, useMemo, useState } from 'react';
import { chosenValues, type Facet, type FilterResult, type Filters, type Prepared } from '../../data/filters.ts';
import { PILLAR_SHORT } from '../../data/labels.ts';
import { summarize, type FacetSummary } from '../../data/summary.ts';
import { PILLARS } from '../../data/vocabulary.ts';
import type { Lang } from '../../lib/lang.ts';
import { pillarColor } from '../../picture/palette.ts';
import { strings } from '../strings.ts';
import { summaryStrings } from './summary-strings.ts';
import { FacetChart } from './FacetChart.tsx';
import { FacetTable } from './FacetTable.tsx';
import './summary.css';

export interface SummaryViewProps {
  readonly prepared: Prepared;
  /** The filters the result is for. */
  readonly filters: Filters;
  readonly result: FilterResult;
  /** The filters as chosen now (which bars show pressed). */
  readonly chosen: Filters;
  readonly lang: Lang;
  /** Chooses or unchooses a facet's value: the checkbox's own action. */
  readonly onToggle: (facet: Facet, value: string) => void;
  /** The initiatives of the bar under the pointer or the focus, to light on the map; null for none. */
  readonly onHover: (ids: readonly string[] | null) => void;
  /** Opens a country's, partner's, means' or region's profile. */
  readonly onProfile?: ((kind: ProfileKind, value: string) => void) | undefined;
}

const TITLE_KEYS = {
  pillar: 'facetPillar',
  status: 'facetStatus',
  tool: 'facetTool',
  partner: 'facetPartner',
  country: 'facetCountry',
  region: 'facetRegion',
} as const satisfies Record<FacetSummary['facet'], string>;

/** A facet's "open this value's profile", when its values have profiles. */
function profileOpener(facet: string, onProfile: SummaryViewProps['onProfile']): ((value: string) => void) | undefined {
  if (!onProfile || !isProfileKind(facet)) return undefined;
  return (value) => onProfile(facet, value);
}

export default function SummaryView({ prepared, filters, result, chosen, lang, onToggle, onHover, onProfile }: SummaryViewProps) {
  const t = strings(lang);
  const s = summaryStrings(lang);
  const summaries = useMemo(() => summarize(prepared, filters, result), [prepared, filters, result]);
  const [asTable, setAsTable] = useState(false);
  const [hovered, setHovered] = useState<string | null>(null);
  const hoveredIds = useMemo(() => (hovered ? idsOf(summaries, hovered) : null), [summaries, hovered]);
  // The map follows the hovered bar's initiatives as they change, and lets go when the view closes.
  useEffect(() => onHover(hoveredIds), [onHover, hoveredIds]);
  useEffect(() => () => onHover(null), [onHover]);

  return (
    <section className="summary-view" aria-labelledby="summary-heading">
      <div className="summary-head">
        <h2 id="summary-heading" className="panel-heading">
          {s.heading}{' '}
          <span className="count" data-testid="summary-count">
            {t.count(result.matching.length)}
          </span>
        </h2>
        <button type="button" className="link-button" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
          {s.asTable}
        </button>
      </div>
      {/* The tables hold nothing to focus: the scrolling body takes the focus itself, so keyboards can scroll it. */}
      <div className="summary-body" tabIndex={asTable ? 0 : undefined}>
        <p className="summary-hint">{s.hint}</p>
        <ul className="summary-legend" aria-label={t.legendPillars}>
          {PILLARS.map((p) => (
            <li key={p}>
              <span className="summary-swatch" style={{ background: pillarColor(p) }} aria-hidden="true" />
              {p}. {PILLAR_SHORT[p][lang]}
            </li>
          ))}
        </ul>
        {summaries.map((summary) =>
          asTable ? (
            <FacetTable key={summary.facet} summary={summary} title={t[TITLE_KEYS[summary.facet]]} lang={lang} />
          ) : (
            <FacetChart
              key={summary.facet}
              summary={summary}
              title={t[TITLE_KEYS[summary.facet]]}
              chosen={chosenValues(chosen, summary.facet)}
              lang={lang}
              onToggle={(value) => onToggle(summary.facet, value)}
              onHover={setHovered}
              onProfile={profileOpener(summary.facet, onProfile)}
            />
          ),
        )}
      </div>
    </section>
  );
}

/** The initiatives of the bar keyed `facet:value` (the folded countries' bar has an empty value). */
function idsOf(summaries: readonly FacetSummary[], key: string): readonly string[] | null {
  const split = key.indexOf(':');
  const facet = key.slice(0, split);
  const value = key.slice(split + 1);
  const summary = summaries.find((s) => s.facet === facet);
  if (!summary) return null;
  const bar = value === '' ? summary.others : [...summary.bars, ...summary.folded].find((b) => b.value === value);
  return bar?.ids ?? null;
}
