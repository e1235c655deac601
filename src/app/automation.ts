/**
 * Image composition for exports, and a small automation API on `window.foipAtlas` that
 * the command-line exporters (scripts/export-image.ts, scripts/slides.ts) drive in
 * headless Chromium:
 *   await foipAtlas.exportPng(1920, 1080)   → "data:image/png;base64,…"
 *   foipAtlas.tours()                        → [{ id, steps }]
 *   await foipAtlas.showStep("osa", 2)       → shows a tour step, resolves when the map is idle
 */
import { citationOf } from '../data/citation.ts';
import { FACETS } from '../data/filters.ts';
import type { Initiative } from '../data/initiative.ts';
import { PILLAR_SHORT } from '../data/labels.ts';
import { countsByPillar } from '../data/stats.ts';
import type { ValidDataset } from '../data/validate.ts';
import { PILLARS } from '../data/vocabulary.ts';
import type { ImageOverlay } from '../map/export-image.ts';
import type { MapHandle } from '../map/MapView.tsx';
import { pillarColor } from '../map/palette.ts';
import type { AppState } from '../state/app-state.ts';
import { facetLabel } from '../ui/facet-options.ts';
import { strings } from '../ui/strings.ts';
import type { Presentation } from './use-presentation.ts';

export interface ImageContext {
  readonly state: AppState;
  readonly matching: readonly Initiative[];
  readonly dataset: ValidDataset;
  readonly caption: string | null;
}

/** What is drawn on an exported image: title, active filters, legend with counts, date and sources. */
export function imageOverlay({ state, matching, dataset, caption }: ImageContext): ImageOverlay {
  const { lang, filters } = state;
  const t = strings(lang);
  const counts = countsByPillar(matching);
  const chosen = FACETS.flatMap((facet) => (filters[facet] as readonly (string | number)[]).map((value) => facetLabel(facet, String(value), lang)));
  if (filters.q.trim()) chosen.push(`“${filters.q.trim()}”`);
  const separator = lang === 'ja' ? '、' : ', ';
  return {
    title: chosen.length ? chosen.join(separator) : t.allInitiatives,
    subtitle: `${t.count(matching.length)} · ${t.appTitle}: ${t.appSubtitle}`,
    ...(caption ? { caption } : {}),
    legend: PILLARS.map((p) => ({ color: pillarColor(p), label: `${p}. ${PILLAR_SHORT[p][lang]} (${counts[p]})` })),
    footer: `${lang === 'ja' ? '出典' : 'Source'}: ${citationOf(dataset.metadata)} · Basemap: Natural Earth (world-atlas)`,
  };
}

export function exportImage(handle: MapHandle, size: { width: number; height: number }, context: ImageContext): Promise<Blob> {
  return handle.exportPng(size, imageOverlay(context));
}

interface AutomationDeps {
  readonly makeImage: (size: { width: number; height: number }) => Promise<Blob>;
  readonly presentation: () => Presentation;
}

export interface FoipAtlasApi {
  exportPng(width: number, height: number): Promise<string>;
  tours(): { id: string; steps: number }[];
  showStep(tourId: string, index: number): Promise<void>;
}

/** Installs window.foipAtlas; returns the uninstaller (for the effect's cleanup). */
export function installAutomation({ makeImage, presentation }: AutomationDeps): () => void {
  const api: FoipAtlasApi = {
    async exportPng(width, height) {
      const blob = await makeImage({ width, height });
      return await new Promise<string>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.onerror = () => reject(new Error('The PNG could not be read back.'));
        reader.readAsDataURL(blob);
      });
    },
    tours: () => [...presentation().tours.values()].map((tour) => ({ id: tour.id, steps: tour.steps.length })),
    async showStep(tourId, index) {
      const current = presentation();
      if (current.active?.id !== tourId) current.start(tourId);
      await new Promise((resolve) => setTimeout(resolve, 50));
      presentation().goTo(index);
      await waitForIdleMap();
    },
  };
  (window as unknown as { foipAtlas?: FoipAtlasApi }).foipAtlas = api;
  return () => {
    delete (window as unknown as { foipAtlas?: FoipAtlasApi }).foipAtlas;
  };
}

/** Resolves once the map has settled after the latest change (MapView marks its container). */
function waitForIdleMap(): Promise<void> {
  return new Promise((resolve) => {
    const started = performance.now();
    const check = () => {
      const map = document.querySelector<HTMLElement>('[data-testid="map"]');
      const settled = performance.now() - started > 1600 && map?.dataset['idle'] === 'true';
      if (settled || performance.now() - started > 20_000) resolve();
      else setTimeout(check, 100);
    };
    setTimeout(check, 100);
  });
}
