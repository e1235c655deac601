/**
 * The automation API: `window.foipAtlas`, installed on every page, which the command-line tools
 * (scripts/export-image.ts, scripts/slides.ts) drive in headless Chromium. It is a public
 * interface: change it only together with those scripts.
 *
 *   await foipAtlas.exportPng(1920, 1080)   → "data:image/png;base64,…" (exactly that size)
 *   foipAtlas.tours()                        → [{ id, steps }]
 *   await foipAtlas.showStep("osa", 2)       → shows a tour step (0-based); resolves once it is drawn
 *   await foipAtlas.whenIdle()               → resolves once every change so far is drawn
 */
import type { MapHandle } from '../map/map-handle.ts';
import type { Presentation } from './use-presentation.ts';

export interface FoipAtlasApi {
  exportPng(width: number, height: number): Promise<string>;
  tours(): { id: string; steps: number }[];
  showStep(tourId: string, index: number): Promise<void>;
  whenIdle(): Promise<void>;
}

declare global {
  interface Window {
    /** The automation API (this module). */
    foipAtlas?: FoipAtlasApi;
  }
}

export interface AutomationDeps {
  readonly makeImage: (size: { width: number; height: number }) => Promise<Blob>;
  readonly presentation: () => Presentation;
  readonly map: () => MapHandle | null;
}

/** Resolves after React has committed what was just asked and run its effects (a frame, then a task). */
export function afterCommit(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export function automationApi({ makeImage, presentation, map }: AutomationDeps): FoipAtlasApi {
  const whenIdle = async () => {
    const handle = map();
    if (!handle) throw new Error('The map is not on the page.');
    await handle.whenIdle();
  };
  return {
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
      if (!presentation().tours.has(tourId)) throw new Error(`No tour "${tourId}".`);
      if (presentation().active?.id !== tourId) {
        presentation().start(tourId);
        await afterCommit();
      }
      presentation().goTo(index);
      await whenIdle();
    },
    whenIdle,
  };
}

/** Installs window.foipAtlas; returns the uninstaller (for the effect's cleanup). */
export function installAutomation(deps: AutomationDeps): () => void {
  window.foipAtlas = automationApi(deps);
  return () => {
    delete window.foipAtlas;
  };
}

/** The CSS viewport the app lays an image of `size` out in: the CLIs size their browser window with it. */
export { renderPlan } from '../map/export-sizes.ts';
