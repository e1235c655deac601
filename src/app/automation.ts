/**
 * Image composition for exports, and a small automation API on `window.foipAtlas` that
 * the command-line exporters (scripts/export-image.ts, scripts/slides.ts) drive in
 * headless Chromium:
 *   await foipAtlas.exportPng(1920, 1080)   → "data:image/png;base64,…"
 *   foipAtlas.tours()                        → [{ id, steps }]
 *   await foipAtlas.showStep("osa", 2)       → shows a tour step, resolves when the map is idle
 *   await foipAtlas.recordVideo({ tour: "osa", width: 1920, height: 1080 }, onProgress)
 *                                            → records a tour (use-video-export.ts); returns what was written
 *   await foipAtlas.videoBytes(offset, length) → base64 of that part of the last video (for large files)
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
import type { VideoJob, VideoExport } from './use-video-export.ts';
import type { VideoProgress } from '../video/record.ts';
import type { RecordingTimes } from '../video/sink.ts';

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
  readonly recordVideo?: VideoExport['record'];
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

export interface FoipAtlasApi {
  exportPng(width: number, height: number): Promise<string>;
  tours(): { id: string; steps: number }[];
  showStep(tourId: string, index: number): Promise<void>;
  recordVideo(job: VideoJob & { readonly tour: string }, onProgress?: (progress: VideoProgress) => void): Promise<RecordedVideoInfo>;
  videoBytes(offset: number, length: number): Promise<string>;
}

/** Installs window.foipAtlas; returns the uninstaller (for the effect's cleanup). */
export function installAutomation({ makeImage, presentation, recordVideo }: AutomationDeps): () => void {
  let lastVideo: Uint8Array<ArrayBuffer> | null = null;
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
    async recordVideo({ tour, ...job }, onProgress) {
      if (!recordVideo) throw new Error('Video recording is not available on this page.');
      const started = performance.now();
      const { bytes, ...file } = await recordVideo(tour, job, onProgress);
      lastVideo = bytes;
      return { ...file, byteLength: bytes.byteLength, elapsedMs: Math.round(performance.now() - started) };
    },
    async videoBytes(offset, length) {
      if (!lastVideo) throw new Error('No video has been recorded on this page.');
      return bytesToBase64(lastVideo.subarray(offset, offset + length));
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
