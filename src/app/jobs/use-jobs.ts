/**
 * What the explorer makes — data downloads, PNGs, PowerPoint decks and videos — each long one run
 * as a job of the one job model (src/lib/job-runner.ts): one at a time, its progress on the one card
 * (ui/JobCard.tsx), Cancel or Escape to stop it, and one notice when it fails or is cancelled. The
 * jobs' own code (picture-job.ts, deck-job.ts, video-job.ts) loads when first used.
 */
import { useMemo, useSyncExternalStore, type RefObject } from 'react';
import { errorMessage } from '../../lib/error-message.ts';
import { JobBusy, JobCancelled, jobRunner, type JobRunner } from '../../lib/job-runner.ts';
import type { MapHandle } from '../../map/owner/map-handle.ts';
import type { ExportSize } from '../../picture/export-sizes.ts';
import type { AppState } from '../../state/app-state.ts';
import { saveBlob } from '../../ui/download.ts';
import type { JobKind } from '../../ui/job-strings.ts';
import type { RecordedVideo } from '../../video/record.ts';
import type { VideoRequestInput } from '../../video/settings.ts';
import { showStepDrawn } from '../tour/show-step.ts';
import type { Presentation } from '../tour/use-presentation.ts';
import type { Note } from '../use-notices.ts';
import { strings } from '../../ui/strings.ts';
import type { BriefDocument } from './brief-job.ts';
import type { ImageContext, OverlayFor } from './image-overlay.ts';
import { useJobKeys } from './use-job-keys.ts';

/** A recording as the automation API and the Record video menu ask for it. */
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
  /**
   * A path on the page's own server that takes the frames, as raw pixels, to encode them outside the
   * browser (the command line pipes them into ffmpeg: src/video/external-sink.ts); the browser's encoder otherwise.
   */
  readonly frames?: string | undefined;
}

export type RecordedTour = RecordedVideo & { readonly notes: readonly string[] };

export interface Jobs {
  /** The job under way, for the progress card. */
  readonly runner: JobRunner<JobKind>;
  /** The kind of job under way, or null (changes only when a job starts or ends). */
  readonly running: JobKind | null;
  /** Saves the matching initiatives as GeoJSON or CSV (instant: not a job). */
  download(format: 'geojson' | 'csv'): void;
  /** Saves a PNG of the map at `size`, or at the map's own size when null. */
  exportPng(size: ExportSize | null): void;
  /** A PNG of the map at `size` with the page as it is, under the Image menu's overlay or a deck picture's (the automation API). */
  makeImage(size: ExportSize, overlay?: PictureKind): Promise<Blob>;
  downloadDeck(tourId: string): void;
  /** Prints an A4 brief of the view (the browser's print dialog, where it can be saved as PDF). */
  printBrief(): void;
  /** The A4 brief of the view as a document to print (the automation API: `npm run brief`). */
  makeBrief(): Promise<BriefDocument>;
  /** Records tour `tourId`; rejects with a message a person can act on. */
  recordVideo(tourId: string, job: VideoJob, onProgress?: (progress: { done: number; total: number }) => void): Promise<RecordedTour>;
  /** Records and saves the file, saying in a notice what was written and why. */
  recordAndSave(tourId: string, job: VideoJob): void;
  cancel(): void;
}

export interface JobsDeps {
  readonly map: RefObject<MapHandle | null>;
  /** The page as last committed: state, matching set, dataset, caption. */
  readonly page: () => ImageContext;
  readonly presentation: () => Presentation;
  readonly setState: (update: (state: AppState) => AppState) => void;
  readonly notify: (note: Note) => void;
  /** The map's size on screen, for "PNG, this view". */
  readonly mapSize: () => ExportSize;
}

/** What every job is given: the runner and the explorer as it is when the job runs. */
interface JobContext extends JobsDeps {
  readonly runner: JobRunner<JobKind>;
  handle(): MapHandle;
  /** Tells the person how a job ended when it did not end well. */
  report(kind: JobKind, error: unknown): void;
}

export function useJobs(deps: JobsDeps): Jobs {
  const { map, page, presentation, setState, notify, mapSize } = deps;
  const runner = useMemo(() => jobRunner<JobKind>(), []);
  const running = useSyncExternalStore(runner.subscribe, () => runner.get()?.kind ?? null);
  useJobKeys(runner, running !== null);
  const jobs = useMemo(() => {
    const context: JobContext = {
      ...{ map, page, presentation, setState, notify, mapSize },
      runner,
      handle() {
        if (!map.current) throw new Error('The map is not ready yet.');
        return map.current;
      },
      report(kind, error) {
        // The words load with the first notice about a job: no page needs them to start.
        void import('../../ui/job-strings.ts').then(({ jobTexts }) => {
          const texts = jobTexts(kind, page().state.lang);
          if (error instanceof JobCancelled) notify({ tone: 'info', text: texts.cancelled });
          else if (error instanceof JobBusy) notify({ tone: 'info', text: texts.busy });
          else notify({ tone: 'error', text: `${texts.failed}: ${errorMessage(error)}` });
        });
      },
    };
    return jobsOf(context);
  }, [runner, map, page, presentation, setState, notify, mapSize]);
  return { ...jobs, running };
}

function jobsOf(context: JobContext): Omit<Jobs, 'running'> {
  const { runner, page, report } = context;
  const makeImage: Jobs['makeImage'] = async (size, overlay = 'image') => {
    const [{ makePicture }, overlays] = await Promise.all([import('./picture-job.ts'), overlaysFor(overlay)]);
    return makePicture(context.handle(), size, overlays(page()));
  };
  return {
    runner,
    // The writers load with the first download.
    download: (format) => void import('./downloads.ts').then(({ downloadMatching }) => downloadMatching(page(), format)),
    makeImage,
    exportPng(size) {
      const target = size ?? context.mapSize();
      runner
        .run({ kind: 'png', title: '', cancellable: false }, () => makeImage(target))
        .then(
          (blob) => saveBlob(blob, `foip-atlas-${target.width}x${target.height}.png`),
          (error: unknown) => report('png', error),
        );
    },
    downloadDeck: (tourId) => void makeDeckOf(context, tourId).catch((error: unknown) => report('deck', error)),
    makeBrief: () => makeBriefOf(context),
    printBrief() {
      makeBriefOf(context)
        .then(async (brief) => (await import('./brief-job.ts')).printInFrame(brief))
        .catch((error: unknown) => report('brief', error));
    },
    recordVideo: (tourId, job, onProgress) => recordTourVideo(context, tourId, job, onProgress),
    recordAndSave(tourId, job) {
      recordTourVideo(context, tourId, job).then(
        async (file) => {
          const { lang } = page().state;
          const name = `foip-atlas-${tourId}-${file.width}x${file.height}.${file.extension}`;
          saveBlob(new Blob([file.bytes], { type: file.mimeType }), name);
          const { describeVideo, jobStrings } = await import('../../ui/job-strings.ts');
          context.notify({ tone: 'info', text: jobStrings(lang).videoSaved(name, describeVideo(file, lang)) });
        },
        (error: unknown) => report('video', error),
      );
    },
    cancel: () => runner.cancel(),
  };
}

/** The view's brief, made as a job: one at a time with the other exports, its card over the map while the picture is drawn. */
async function makeBriefOf(context: JobContext): Promise<BriefDocument> {
  const { viewTitle } = await import('./image-overlay.ts');
  const { state } = context.page();
  const title = viewTitle(state, ' · ') || strings(state.lang).allInitiatives;
  return context.runner.run({ kind: 'brief', title, cancellable: false }, async (job) => {
    const { makeBriefDocument } = await import('./brief-job.ts');
    return makeBriefDocument(context.handle(), context.page(), job.signal);
  });
}

export type PictureKind = 'image' | 'deck';

/** What is drawn over a picture of that kind; its code (and the words of users' layers) loads with the first picture. */
async function overlaysFor(kind: PictureKind): Promise<OverlayFor> {
  const { deckPictureOverlay, imageOverlay } = await import('./image-overlay.ts');
  return kind === 'deck' ? deckPictureOverlay : imageOverlay;
}

const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** Steps through the tour as the presenter does, then saves the deck; leaves the tour at the step it was on. */
async function makeDeckOf(context: JobContext, tourId: string): Promise<void> {
  const { runner, page, presentation } = context;
  const tour = presentation().tours.get(tourId);
  if (!tour) throw new Error(`No tour "${tourId}".`);
  const { lang } = page().state;
  const returnTo = presentation().active?.id === tourId ? presentation().step : null;
  presentation().setPlaying(false);
  const deck = await runner.run({ kind: 'deck', title: tour.title[lang], cancellable: true }, async (job) => {
    const [{ makeDeck }, { makeLaidOutPicture }] = await Promise.all([import('./deck-job.ts'), import('./picture-job.ts')]);
    const steps = {
      show: (index: number) => showStepDrawn(presentation, () => context.map.current, tourId, index),
      picture: (size: ExportSize, overlay: ReturnType<OverlayFor>) => makeLaidOutPicture(context.handle(), size, overlay),
    };
    try {
      return await makeDeck(tour, lang, page().dataset, steps, job);
    } finally {
      if (returnTo !== null) presentation().goTo(returnTo);
    }
  });
  saveBlob(new Blob([deck.bytes.slice()], { type: PPTX_TYPE }), deck.fileName);
}

/** Records a tour as the presenter shows it, then puts the page back as it was. */
async function recordTourVideo(
  context: JobContext,
  tourId: string,
  job: VideoJob,
  onProgress?: (progress: { done: number; total: number }) => void,
): Promise<RecordedTour> {
  const { runner, page, presentation } = context;
  const tour = presentation().tours.get(tourId);
  if (!tour) throw new Error(`No tour "${tourId}". Known tours: ${[...presentation().tours.keys()].join(', ')}`);
  // The recorder's code, settings check included, loads with the first recording.
  const { recordVideo, videoSettings } = await import('./video-job.ts');
  const settings = videoSettings(job);
  if (!settings.ok) throw new Error(settings.error);
  const before = page().state;
  const steps = {
    length: tour.steps.length,
    show: (index: number) => presentation().show(tourId, index, 'hold'),
    overlay: await overlaysFor(job.picture === 'deck' ? 'deck' : 'image'),
  };
  const request = {
    settings: settings.value,
    first: job.first,
    last: job.last,
    encode: job.encode,
    frames: job.frames,
    flyIntoFirst: job.flyIntoFirst,
    progressStrip: job.picture !== 'deck',
  };
  presentation().setPlaying(false);
  const unsubscribe = runner.subscribe(() => {
    const progress = runner.get()?.progress;
    if (progress) onProgress?.(progress);
  });
  try {
    const file = await runner.run({ kind: 'video', title: tour.title[before.lang], cancellable: true }, (running) =>
      recordVideo(context.handle(), steps, request, running),
    );
    return { ...file, notes: settings.value.notes };
  } finally {
    unsubscribe();
    // Back to what the person was looking at (the map put its camera back itself).
    context.setState(() => before);
  }
}
