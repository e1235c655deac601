/** Search, active-filter chips and the facets, all driven by one Filters value. */
import { FACETS, isFiltered, type Facet, type FilterResult, type Filters } from '../data/filters.ts';
import { isProfileKind, type ProfileKind } from '../data/profile.ts';
import type { Lang } from '../lib/lang.ts';
import { FacetGroup } from './FacetGroup.tsx';
import { facetOptions } from './facet-options.ts';
import { strings } from './strings.ts';

interface Props {
  readonly filters: Filters;
  readonly result: FilterResult;
  readonly lang: Lang;
  readonly onToggle: (facet: Facet, value: string) => void;
  readonly onClearFacet: (facet: Facet) => void;
  readonly onClearAll: () => void;
  readonly onSearch: (q: string) => void;
  /** Opens the profile of a country, partner, means or region (a small link beside each such value). */
  readonly onProfile?: (kind: ProfileKind, value: string) => void;
}

const TITLE_KEYS = {
  pillar: 'facetPillar',
  partner: 'facetPartner',
  tool: 'facetTool',
  country: 'facetCountry',
  region: 'facetRegion',
  precision: 'facetPrecision',
  status: 'facetStatus',
} as const satisfies Record<Facet, string>;

export function FilterPanel({ filters, result, lang, onToggle, onClearFacet, onClearAll, onSearch, onProfile }: Props) {
  const t = strings(lang);
  const chips = FACETS.flatMap((facet) =>
    facetOptions(facet, result, filters, lang)
      .filter((o) => o.selected)
      .map((o) => ({ facet, ...o })),
  );
  return (
    <section className="filter-panel" aria-label={t.filtersHeading}>
      <div className="search">
        <label htmlFor="search-input" className="visually-hidden">
          {t.searchLabel}
        </label>
        <input
          id="search-input"
          type="search"
          value={filters.q}
          placeholder={t.searchPlaceholder}
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
          onChange={(event) => onSearch(event.target.value)}
        />
      </div>
      {isFiltered(filters) && (
        <div className="chips">
          {chips.map((chip) => (
            <button
              key={`${chip.facet}:${chip.value}`}
              type="button"
              className="chip"
              aria-label={t.removeFilter(chip.label)}
              onClick={() => onToggle(chip.facet, chip.value)}
            >
              {chip.label} <span aria-hidden="true">×</span>
            </button>
          ))}
          <button type="button" className="link-button clear-all" onClick={onClearAll}>
            {t.clearAll}
          </button>
        </div>
      )}
      <div className="facets">
        {FACETS.map((facet) => (
          <FacetGroup
            key={facet}
            facet={facet}
            title={t[TITLE_KEYS[facet]]}
            options={facetOptions(facet, result, filters, lang)}
            lang={lang}
            defaultOpen={facet === 'pillar'}
            initialVisible={facet === 'country' || facet === 'partner' ? 6 : 10}
            onToggle={(value) => onToggle(facet, value)}
            onClear={() => onClearFacet(facet)}
            onProfile={onProfile && isProfileKind(facet) ? (value) => onProfile(facet, value) : undefined}
          />
        ))}
      </div>
    </section>
  );
}
