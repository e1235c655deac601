/**
 * Image composition for exports, and a small automation API on `window.foipAtlas` that
 * the command-line exporters (scripts/export-image.ts, scripts/slides.ts) drive in
 * headless Chromium:
 *   await foipAtlas.exportPng(1920, 1080)   → "data:image/png;base64,…"
 *   foipAtlas.tours()                        → [{ id, steps }]
 *   await foipAtlas.showStep("osa", 2)       → shows a tour step, resolves when the map is idle
 *   foipAtlas.stepInfo("osa", 2)             → caption, legend counts and matching ids of a step (deck export)
 *   await foipAtlas.exportPng(1920, 1080, "deck") → the map with only its source line (a deck's slide picture)
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
// Deck export (issue 13): step info for slides, and the slide picture's overlay.
import { stepInfo, type StepInfo } from '../deck/step-info.ts';

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

/** What is drawn over an exported map, from the app's state. */
export type OverlayFor = (context: ImageContext) => ImageOverlay;

/** A deck slide's picture (issue 13): the map and its source line only; caption and legend are editable text on the slide. */
export function deckPictureOverlay(context: ImageContext): ImageOverlay {
  return { title: '', subtitle: '', legend: [], footer: imageOverlay(context).footer };
}

/** `overlay` chooses what is drawn over the map: the Image menu's full overlay, or a deck picture's. */
export function exportImage(handle: MapHandle, size: { width: number; height: number }, context: ImageContext, overlay: OverlayFor = imageOverlay): Promise<Blob> {
  return handle.exportPng(size, overlay(context));
}

interface AutomationDeps {
  readonly makeImage: (size: { width: number; height: number }, overlay?: OverlayFor) => Promise<Blob>;
  readonly presentation: () => Presentation;
  /** The dataset and language, for stepInfo (deck export). */
  readonly imageContext: () => ImageContext;
}

export interface FoipAtlasApi {
  /** `picture`: "image" (default) as the Image menu draws it; "deck" with only the source line, as a deck's slide picture. */
  exportPng(width: number, height: number, picture?: 'image' | 'deck'): Promise<string>;
  tours(): { id: string; steps: number }[];
  showStep(tourId: string, index: number): Promise<void>;
  stepInfo(tourId: string, index: number): StepInfo;
}

/** Installs window.foipAtlas; returns the uninstaller (for the effect's cleanup). */
export function installAutomation({ makeImage, presentation, imageContext }: AutomationDeps): () => void {
  const api: FoipAtlasApi = {
    async exportPng(width, height, picture = 'image') {
      const blob = await makeImage({ width, height }, picture === 'deck' ? deckPictureOverlay : imageOverlay);
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
    stepInfo(tourId, index) {
      const tour = presentation().tours.get(tourId);
      if (!tour) throw new Error(`No tour "${tourId}". Known tours: ${[...presentation().tours.keys()].join(', ')}`);
      const { state, dataset } = imageContext();
      return stepInfo(tour, index, state.lang, dataset.initiatives);
    },
  };
  (window as unknown as { foipAtlas?: FoipAtlasApi }).foipAtlas = api;
  return () => {
    delete (window as unknown as { foipAtlas?: FoipAtlasApi }).foipAtlas;
  };
}

/** Resolves once the map has settled after the latest change (MapView marks its container). Also used by the deck export. */
export function waitForIdleMap(): Promise<void> {
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
