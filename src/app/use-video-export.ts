/**
 * Recording the current tour or autoplay sequence as a video: the app shows each step exactly as
 * the tour would (filters, caption, legend), the map records it frame by frame (MapHandle.recordVideo),
 * and the person sees a progress bar with a Cancel button. Progress lives in a tiny store of its own,
 * so a frame redraws the progress bar only, never the explorer.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { isFiltered } from '../data/filters.ts';
import type { Lang } from '../lib/lang.ts';
import type { MapHandle } from '../map/owner/map-handle.ts';
import type { VideoCamera } from '../map/recording/record-map.ts';
import type { AppState } from '../state/app-state.ts';
import { stepState, type Tour } from '../state/tour.ts';
import { parseView, type UrlContext } from '../state/url.ts';
import { saveBlob } from '../ui/download.ts';
import { errorMessage } from '../lib/error-message.ts';
import { videoStrings } from '../ui/video-strings.ts';
import type { RecordedVideo, ShownStep, VideoProgress } from '../video/record.ts';
import { videoSettings, type VideoRequestInput } from '../video/settings.ts';
import type { VideoFile } from '../video/sink.ts';
import { deckPictureOverlay, imageOverlay, type ImageContext } from './image-overlay.ts';
import type { Presentation } from './use-presentation.ts';

export interface VideoJob extends VideoRequestInput {
  /** First and last step (0-based, inclusive); the whole tour by default. */
  readonly first?: number | undefined;
  readonly last?: number | undefined;
  /** False: frames are drawn and composed but not encoded (the benchmark's baseline). */
  readonly encode?: boolean | undefined;
  /**
   * "image" (default): title, caption, legend and the progress strip drawn in, as the tour's video has them;
   * "deck": the map with only its source line, as a deck slide's clip (caption and legend are text on the slide).
   */
  readonly picture?: 'image' | 'deck' | undefined;
  /** The first step recorded flies in from where the camera is, even when it is step 1 (record.ts). */
  readonly flyIntoFirst?: boolean | undefined;
}

/** The progress of the recording under way, for the one component that shows it. */
export interface ProgressStore {
  get(): VideoProgress | null;
  subscribe(listener: () => void): () => void;
}

export interface VideoExport {
  /** The tour being recorded, or null. */
  readonly recording: { readonly tourId: string; readonly format: string } | null;
  readonly progress: ProgressStore;
  /** Records tour `tourId`; rejects with a message a person can act on. */
  record(tourId: string, job: VideoJob, onProgress?: (progress: VideoProgress) => void): Promise<RecordedVideo & { readonly notes: readonly string[] }>;
  /** Records and saves the file, saying in a notice what was written and why. */
  recordAndSave(tourId: string, job: VideoJob): Promise<void>;
  cancel(): void;
}

interface Deps {
  readonly mapHandle: RefObject<MapHandle | null>;
  readonly presentation: Presentation;
  readonly state: AppState;
  readonly setState: (update: (state: AppState) => AppState) => void;
  readonly context: UrlContext;
  /** What the export draws over the map, as of the last render. */
  readonly imageContext: () => ImageContext;
  /** The state's filters are the ones the map and legend show (a large dataset filters in a deferred render). */
  readonly applied: boolean;
  readonly lang: Lang;
  readonly notify: (tone: 'info' | 'error', text: string) => void;
}

/** The reason a recording stops when the person cancels it. */
export class RecordingCancelled extends Error {
  constructor() {
    super('The recording was cancelled.');
    this.name = 'RecordingCancelled';
  }
}

function progressStore(): ProgressStore & { set(progress: VideoProgress | null): void } {
  let current: VideoProgress | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(progress) {
      current = progress;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useVideoExport({ mapHandle, presentation, state, setState, context, imageContext, applied, lang, notify }: Deps): VideoExport {
  const [recording, setRecording] = useState<VideoExport['recording']>(null);
  const progress = useMemo(progressStore, []);
  const controller = useRef<AbortController | null>(null);
  /** The step asked for, resolved once a commit shows it (this hook's effect runs after MapView's). */
  const pending = useRef<{ tourId: string; index: number; resolve: () => void } | null>(null);
  const latest = useRef({ presentation, state });
  latest.current = { presentation, state };

  useEffect(() => {
    const asked = pending.current;
    if (!asked || !applied || state.tour?.id !== asked.tourId || state.tour.step !== asked.index) return;
    pending.current = null;
    asked.resolve();
  });

  // While recording, the keyboard does not drive the tour (a step change would land in the video);
  // Escape cancels. Listening in the capture phase keeps the keys from the tour's own handler.
  useEffect(() => {
    if (!recording) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopImmediatePropagation();
        controller.current?.abort(new RecordingCancelled());
        return;
      }
      // Tab moves focus, and the progress panel's own button (Cancel) answers Enter and Space.
      const onPanel = event.target instanceof Element && event.target.closest('.video-recording') !== null;
      if (event.key === 'Tab' || (onPanel && (event.key === 'Enter' || event.key === ' '))) return;
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [recording]);

  const record = useCallback<VideoExport['record']>(
    async (tourId, job, onProgress) => {
      const tour: Tour | undefined = latest.current.presentation.tours.get(tourId);
      if (!tour) throw new Error(`No tour "${tourId}". Known tours: ${[...latest.current.presentation.tours.keys()].join(', ')}`);
      const handle = mapHandle.current;
      if (!handle) throw new Error('The map is not ready yet.');
      if (controller.current) throw new Error('A video is already being recorded.');
      const settings = videoSettings(job);
      if (!settings.ok) throw new Error(settings.error);
      const abort = new AbortController();
      controller.current = abort;
      const deck = job.picture === 'deck';
      const overlayFor = deck ? deckPictureOverlay : imageOverlay;
      const before = latest.current.state;
      latest.current.presentation.setPlaying(false);
      setRecording({ tourId, format: settings.value.format });
      const show = (index: number) =>
        new Promise<ShownStep<VideoCamera>>((resolve, reject) => {
          const step = tour.steps[index];
          if (!step) return reject(new Error(`Step ${index + 1} is not in “${tour.title.en}”.`));
          pending.current = {
            tourId,
            index,
            resolve: () => {
              const shown = imageContext();
              const view = step.view ? parseView(step.view) : null;
              resolve({
                camera: view ? { view } : { initiatives: shown.matching, everything: !isFiltered(shown.state.filters) },
                overlay: overlayFor(shown),
              });
            },
          };
          setState((s) => ({ ...stepState(step, s, context), tour: { id: tourId, step: index } }));
        });
      try {
        const file = await handle.recordVideo(
          {
            tour: { length: tour.steps.length, show },
            settings: settings.value,
            first: job.first,
            last: job.last,
            encode: job.encode,
            flyIntoFirst: job.flyIntoFirst,
            progressStrip: !deck,
          },
          (now) => {
            progress.set(now);
            onProgress?.(now);
          },
          abort.signal,
        );
        return { ...file, notes: settings.value.notes };
      } finally {
        pending.current = null;
        controller.current = null;
        progress.set(null);
        setRecording(null);
        // Back to what the person was looking at (the map put its camera back itself).
        setState(() => before);
      }
    },
    [mapHandle, setState, context, imageContext, progress],
  );

  const cancel = useCallback(() => controller.current?.abort(new RecordingCancelled()), []);

  const recordAndSave = useCallback<VideoExport['recordAndSave']>(
    async (tourId, job) => {
      const t = videoStrings(lang);
      try {
        const file = await record(tourId, job);
        const name = `foip-atlas-${tourId}-${file.width}x${file.height}.${file.extension}`;
        saveBlob(new Blob([file.bytes], { type: file.mimeType }), name);
        notify('info', t.videoSaved(name, describeVideo(file, lang)));
      } catch (error) {
        if (error instanceof RecordingCancelled) notify('info', t.videoCancelled);
        else notify('error', `${t.videoFailed}: ${errorMessage(error)}`);
      }
    },
    [record, notify, lang],
  );

  return { recording, progress, record, recordAndSave, cancel };
}

/** What was written and why, in the person's language. */
export function describeVideo(file: VideoFile, lang: Lang): string {
  const t = videoStrings(lang);
  if (file.extension === 'gif') return t.gifWritten(file.width, file.height, file.fps);
  const written = t.videoWritten(file.label, file.codec, file.extension.toUpperCase());
  if (file.extension === 'webm') return `${written} ${t.videoWebm(file.refused.join(', '))}`;
  return file.refused.length > 0 ? `${written} ${t.videoRefused(file.refused.join(', '))}` : written;
}
