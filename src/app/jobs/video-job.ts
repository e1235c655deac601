/**
 * A video of a tour: each step shown as the presenter shows it (without moving the camera: the
 * recorder flies it frame by frame on a frozen clock), the map recorded through the recorder's one
 * interface (MapHandle.recordable), and the frames encoded by the encoder the format asks for, each
 * loaded only then (mediabunny for MP4/WebM, gifenc for GIF).
 */
import { isFiltered } from '../../data/filters.ts';
import { errorMessage } from '../../lib/error-message.ts';
import { loadJapaneseFontFor } from '../../lib/load-japanese-font.ts';
import type { MapHandle } from '../../map/owner/map-handle.ts';
import type { CameraTarget } from '../../map/recording/record-map.ts';
import type { ImageOverlay } from '../../picture/overlay.ts';
import { recordTour, type RecordedVideo, type RecordOptions } from '../../video/record.ts';
import type { VideoSettings } from '../../video/settings.ts';

export { videoSettings } from '../../video/settings.ts';
import { nullSink, type FrameSink, type SinkSpec } from '../../video/sink.ts';
import type { ShownStep } from '../tour/use-presentation.ts';
import type { ImageContext } from './image-overlay.ts';
import type { Job } from '../../lib/job-runner.ts';

export interface VideoRequest extends Omit<RecordOptions, 'settings'> {
  readonly settings: VideoSettings;
  /** False: draw and compose every frame but encode nothing (the benchmark's baseline). */
  readonly encode?: boolean | undefined;
  /** Frames go to this same-origin endpoint, to be encoded outside the browser (the command line's ffmpeg), instead of the browser's encoder. */
  readonly frames?: string | undefined;
}

export interface VideoSteps {
  readonly length: number;
  /** Shows a step without moving the camera; resolves once the page shows it. */
  show(index: number): Promise<ShownStep>;
  /** What is drawn over the map in each frame of a step. */
  overlay(page: ImageContext): ImageOverlay;
}

export async function recordVideo(map: MapHandle, steps: VideoSteps, request: VideoRequest, job: Job): Promise<RecordedVideo> {
  const makeSink = async (spec: SinkSpec): Promise<FrameSink> => {
    if (request.encode === false) return nullSink(spec);
    if (request.frames !== undefined) {
      if (request.settings.format !== 'mp4') throw new Error('Frames are handed to an encoder outside the browser only for an MP4.');
      return (await import('../../video/external-sink.ts')).externalSink(spec, request.frames);
    }
    if (request.settings.format === 'gif') return (await import('../../video/encode-gif.ts')).gifSink(spec);
    return (await import('../../video/encode-video.ts')).videoSink(spec);
  };
  // Frames draw their captions and legend once each: the Japanese font must be there first (it is
  // small, and a recording is long, so it is loaded whatever the language). Without it, system fonts draw.
  await loadJapaneseFontFor('日本語').catch((error: unknown) => console.warn(errorMessage(error)));
  const recordable = await map.recordable();
  const tour = {
    length: steps.length,
    async show(index: number) {
      const shown = await steps.show(index);
      return { camera: cameraTarget(shown), overlay: steps.overlay(shown.page) };
    },
  };
  return recordTour(recordable, tour, makeSink, request, (progress) => job.progress(progress.done, progress.total), job.signal);
}

/** Where the recorder puts the camera for a step: its view, or framing what the page matches. */
export function cameraTarget({ camera, page }: ShownStep): CameraTarget {
  return camera.kind === 'view' ? { view: camera.view } : { initiatives: page.matching, everything: !isFiltered(page.state.filters) };
}
