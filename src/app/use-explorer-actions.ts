/** What the person can change from the panels and the map: filters, the selection, layers, the language and the camera's view. */
import { useMemo, type RefObject } from 'react';
import { NO_FILTERS, type Facet, type Filters } from '../data/filters.ts';
import type { Initiative } from '../data/initiative.ts';
import type { MapHandle } from '../map/owner/map-handle.ts';
import type { AppState, LayerName, Panel, View } from '../state/app-state.ts';
import { toggleFacetValue } from '../state/facets.ts';
import type { ProfileKind } from '../data/profile.ts';
import type { ProfileActions } from './use-profile.ts';

export interface ExplorerActions {
  toggleFacet(facet: Facet, value: string): void;
  clearFacet(facet: Facet): void;
  clearAll(): void;
  search(q: string): void;
  /** Selects an initiative (null: none); `reveal` brings it into view beside the detail panel. */
  select(id: string | null, reveal: boolean): void;
  deselect(): void;
  toggleLayer(layer: LayerName): void;
  switchLanguage(): void;
  setView(view: View): void;
  /** What the sidebar shows under the filters: the list or the summary. */
  showPanel(panel: Panel): void;
  /** Opens the profile of a country, partner, means or region (`?profile=country:PHL`): the detail panel's names, the facets and the charts link here. */
  openProfile(kind: ProfileKind, value: string): void;
  /** Closes the profile: the filters, selection and camera from before it come back. */
  closeProfile(): void;
}

interface Deps {
  readonly setState: (update: (state: AppState) => AppState) => void;
  readonly byId: ReadonlyMap<string, Initiative>;
  readonly map: RefObject<MapHandle | null>;
  /** A selection closes the cluster chooser. */
  readonly closeChooser: () => void;
  readonly profile: ProfileActions;
}

export function useExplorerActions({ setState, byId, map, closeChooser, profile }: Deps): ExplorerActions {
  return useMemo(() => {
    // A filter change leaves the tour: the map shows the person's own selection from then on.
    const setFilters = (update: (filters: Filters) => Filters) => setState((s) => ({ ...s, filters: update(s.filters), tour: null }));
    return {
      toggleFacet: (facet, value) => setFilters((f) => toggleFacetValue(f, facet, value)),
      clearFacet: (facet) => setFilters((f) => ({ ...f, [facet]: [] })),
      clearAll: () => setFilters(() => NO_FILTERS),
      search: (q) => setFilters((f) => ({ ...f, q })),
      select(id, reveal) {
        setState((s) => ({ ...s, selected: id }));
        closeChooser();
        const target = id && reveal ? byId.get(id) : undefined;
        if (target) map.current?.reveal(target);
      },
      deselect: () => setState((s) => ({ ...s, selected: null })),
      toggleLayer: (layer) =>
        setState((s) => ({ ...s, layers: s.layers.includes(layer) ? s.layers.filter((l) => l !== layer) : [...s.layers, layer] })),
      switchLanguage: () => setState((s) => ({ ...s, lang: s.lang === 'en' ? 'ja' : 'en' })),
      setView: (view) => setState((s) => ({ ...s, view })),
      showPanel: (panel) => setState((s) => ({ ...s, panel })),
      openProfile: profile.open,
      closeProfile: profile.close,
    };
  }, [setState, byId, map, closeChooser, profile]);
}
