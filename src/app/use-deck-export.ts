/**
 * "Download as PowerPoint" for the tour or autoplay sequence on screen: shows each step,
 * draws its picture through the Image export (map and source line only), reads its caption,
 * counts and initiatives (`stepInfo`), then builds the deck with the same model and writer
 * the command line uses. The writer (pptxgenjs) is loaded only when someone asks for a deck.
 */
import { useCallback, useRef, useState } from 'react';
import type { StepInfo } from '../deck/step-info.ts';
import { stepInfo } from '../deck/step-info.ts';
import type { StepMedia } from '../deck/write-pptx.ts';
import type { ExportSize } from '../picture/export-sizes.ts';
import type { MapHandle } from '../map/owner/map-handle.ts';
import { errorMessage } from '../lib/error-message.ts';
import { saveBlob } from '../ui/download.ts';
import { showTourStep } from './automation.ts';
import { deckPictureOverlay, type ImageContext, type OverlayFor } from './image-overlay.ts';
import type { Presentation } from './use-presentation.ts';

/** Slide pictures are drawn at 1080p: sharp on a projector, a few hundred KB each. */
export const DECK_PICTURE: ExportSize = { width: 1920, height: 1080 };

export interface DeckProgress {
  readonly done: number;
  readonly total: number;
}

interface Deps {
  readonly makeImage: (size: ExportSize, overlay?: OverlayFor) => Promise<Blob>;
  readonly presentation: () => Presentation;
  readonly imageContext: () => ImageContext;
  readonly map: () => MapHandle | null;
  readonly onError: (message: string) => void;
}

export interface DeckExport {
  /** Steps drawn so far, or null when no deck is being made. */
  readonly progress: DeckProgress | null;
  download(tourId: string): void;
  cancel(): void;
}

export function useDeckExport({ makeImage, presentation, imageContext, map, onError }: Deps): DeckExport {
  const [progress, setProgress] = useState<DeckProgress | null>(null);
  const cancelled = useRef(false);
  const busy = useRef(false);

  const download = useCallback(
    (tourId: string) => {
      if (busy.current) return;
      busy.current = true;
      cancelled.current = false;
      void makeDeck(tourId, { makeImage, presentation, imageContext, map, onProgress: setProgress, cancelled: () => cancelled.current })
        .then((deck) => deck && saveBlob(new Blob([deck.bytes.slice()], { type: PPTX_TYPE }), deck.fileName))
        .catch((error: unknown) => onError(errorMessage(error)))
        .finally(() => {
          busy.current = false;
          setProgress(null);
        });
    },
    [makeImage, presentation, imageContext, map, onError],
  );

  return { progress, download, cancel: useCallback(() => void (cancelled.current = true), []) };
}

const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

interface MakeDeps extends Omit<Deps, 'onError'> {
  readonly onProgress: (progress: DeckProgress) => void;
  readonly cancelled: () => boolean;
}

/** Steps through the tour, then returns the file (or null when cancelled); leaves the tour at the step it was on. */
async function makeDeck(tourId: string, { makeImage, presentation, imageContext, map, onProgress, cancelled }: MakeDeps): Promise<{ bytes: Uint8Array; fileName: string } | null> {
  const tour = presentation().tours.get(tourId);
  if (!tour) throw new Error(`No tour "${tourId}".`);
  const before = presentation();
  const returnTo = before.active?.id === tourId ? before.step : null;
  before.setPlaying(false);
  // Start loading the writer now: it arrives while the first step is drawn.
  const modules = Promise.all([import('../deck/deck-model.ts'), import('../deck/write-pptx.ts')]);
  const { state, dataset } = imageContext();
  const steps: StepInfo[] = [];
  const media: StepMedia[] = [];
  try {
    for (let index = 0; index < tour.steps.length; index++) {
      if (cancelled()) return null;
      onProgress({ done: index, total: tour.steps.length });
      await showTourStep(presentation, map, tourId, index);
      const picture = await makeImage(DECK_PICTURE, deckPictureOverlay);
      media.push({ png: new Uint8Array(await picture.arrayBuffer()) });
      steps.push(stepInfo(tour, index, state.lang, dataset.initiatives));
    }
    onProgress({ done: tour.steps.length, total: tour.steps.length });
    const [{ buildDeck }, { writePptx }] = await modules;
    const byId = new Map(dataset.initiatives.map((i) => [i.id, i]));
    const deck = buildDeck({ lang: state.lang, steps, initiative: (id) => byId.get(id), metadata: dataset.metadata });
    return { bytes: await writePptx(deck, media), fileName: deck.fileName };
  } finally {
    if (returnTo !== null) presentation().goTo(returnTo);
  }
}
