/**
 * The automation API: `window.foipAtlas`, installed on every page, which the command-line tools
 * (scripts/export-image.ts, scripts/slides.ts) drive in headless Chromium. It is a public
 * interface: change it only together with those scripts.
 *
 *   await foipAtlas.exportPng(1920, 1080)   → "data:image/png;base64,…" (exactly that size)
 *   await foipAtlas.exportPng(1920, 1080, "deck") → the map with only its source line (a deck's slide picture)
 *   foipAtlas.tours()                        → [{ id, steps }]
 *   await foipAtlas.showStep("osa", 2)       → shows a tour step (0-based); resolves once it is drawn
 *   foipAtlas.stepInfo("osa", 2)             → caption, legend counts and matching ids of a step (decks)
 *   await foipAtlas.whenIdle()               → resolves once every change so far is drawn
 *   await foipAtlas.recordVideo({ tour: "osa", width: 1920, height: 1080 }, onProgress)
 *                                            → records a tour (jobs/use-jobs.ts); returns what was written
 *   await foipAtlas.recordVideo({ tour: "osa", width: 1280, height: 720, first: 2, last: 2, picture: "deck", flyIntoFirst: true })
 *                                            → one step's clip for a deck slide: its flight in and hold, the map with
 *                                              only its source line, no progress strip (scripts/slides.ts --video)
 *   await foipAtlas.videoBytes(offset, length) → base64 of that part of the last video (for large files)
 *   await foipAtlas.brief()                  → the view's A4 brief: { html, footer, title, fileName } (scripts/brief.ts
 *                                              prints html to PDF with footer as Chromium's footerTemplate)
 */
import { stepInfo, type StepInfo } from '../deck/step-info.ts';
import type { MapHandle } from '../map/owner/map-handle.ts';
import type { ImageContext } from './jobs/image-overlay.ts';
import type { BriefDocument } from './jobs/brief-job.ts';
import type { Jobs, VideoJob } from './jobs/use-jobs.ts';
import { showStepDrawn } from './tour/show-step.ts';
import type { Presentation } from './tour/use-presentation.ts';
import type { RecordingTimes } from '../video/sink.ts';

/** What a recording is asked for (the automation API's part of use-jobs.ts). */
export type { VideoJob } from './jobs/use-jobs.ts';

export interface FoipAtlasApi {
  /** `picture`: "image" (default) as the Image menu draws it; "deck" with only the source line, as a deck's slide picture. */
  exportPng(width: number, height: number, picture?: 'image' | 'deck'): Promise<string>;
  tours(): { id: string; steps: number }[];
  showStep(tourId: string, index: number): Promise<void>;
  stepInfo(tourId: string, index: number): StepInfo;
  whenIdle(): Promise<void>;
  recordVideo(
    job: VideoJob & { readonly tour: string },
    onProgress?: (progress: { done: number; total: number }) => void,
  ): Promise<RecordedVideoInfo>;
  videoBytes(offset: number, length: number): Promise<string>;
  brief(): Promise<BriefDocument>;
}

/** What recordVideo tells the caller: the file's description, its bytes left to `videoBytes`. */
export interface RecordedVideoInfo {
  readonly byteLength: number;
  readonly mimeType: string;
  readonly extension: string;
  readonly codec: string;
  readonly label: string;
  /** Codecs the browser refused before the one written. */
  readonly refused: readonly string[];
  readonly reason: string;
  readonly notes: readonly string[];
  readonly width: number;
  readonly height: number;
  readonly fps: number;
  readonly frames: number;
  readonly durationSeconds: number;
  /** Wall-clock milliseconds the recording took. */
  readonly elapsedMs: number;
  /** Where they went (record.ts). */
  readonly times: RecordingTimes;
}

declare global {
  interface Window {
    /** The automation API (this module). */
    foipAtlas?: FoipAtlasApi;
  }
}

export interface AutomationDeps {
  readonly jobs: Pick<Jobs, 'makeImage' | 'recordVideo' | 'makeBrief'>;
  readonly presentation: () => Presentation;
  readonly map: () => MapHandle | null;
  /** The page as last committed: the dataset and language, for stepInfo. */
  readonly page: () => ImageContext;
}

export function automationApi({ jobs, presentation, map, page }: AutomationDeps): FoipAtlasApi {
  let lastVideo: Uint8Array<ArrayBuffer> | null = null;
  const whenIdle = async () => {
    const handle = map();
    if (!handle) throw new Error('The map is not on the page.');
    await handle.whenIdle();
  };
  return {
    async exportPng(width, height, picture = 'image') {
      const blob = await jobs.makeImage({ width, height }, picture === 'deck' ? 'deck' : 'image');
      return await new Promise<string>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.onerror = () => reject(new Error('The PNG could not be read back.'));
        reader.readAsDataURL(blob);
      });
    },
    tours: () => [...presentation().tours.values()].map((tour) => ({ id: tour.id, steps: tour.steps.length })),
    showStep: async (tourId, index) => void (await showStepDrawn(presentation, map, tourId, index)),
    stepInfo(tourId, index) {
      const tour = presentation().tours.get(tourId);
      if (!tour) throw new Error(`No tour "${tourId}". Known tours: ${[...presentation().tours.keys()].join(', ')}`);
      const { state, dataset } = page();
      return stepInfo(tour, index, state.lang, dataset.initiatives);
    },
    whenIdle,
    async recordVideo({ tour, ...job }, onProgress) {
      const started = performance.now();
      const { bytes, ...file } = await jobs.recordVideo(tour, job, onProgress);
      lastVideo = bytes;
      return { ...file, byteLength: bytes.byteLength, elapsedMs: Math.round(performance.now() - started) };
    },
    brief: () => jobs.makeBrief(),
    async videoBytes(offset, length) {
      if (!lastVideo) throw new Error('No video has been recorded on this page.');
      return bytesToBase64(lastVideo.subarray(offset, offset + length));
    },
  };
}

/** Base64 of bytes, through the browser's own encoder (a data URL), so large parts need no string building. */
async function bytesToBase64(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error('The video could not be read back.'));
    reader.readAsDataURL(new Blob([bytes]));
  });
  return dataUrl.slice(dataUrl.indexOf(',') + 1);
}

/** Installs window.foipAtlas; returns the uninstaller (for the effect's cleanup). */
export function installAutomation(deps: AutomationDeps): () => void {
  window.foipAtlas = automationApi(deps);
  return () => {
    delete window.foipAtlas;
  };
}

/** The CSS viewport the app lays an image of `size` out in: the CLIs size their browser window with it. */
export { renderPlan } from '../picture/export-sizes.ts';
