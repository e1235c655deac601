/**
 * A PowerPoint deck of a tour: each step shown as the presenter shows it, its picture drawn (the
 * map and its source line: caption and legend are editable text on the slide), its caption, counts
 * and initiatives read (`stepInfo`), then the deck built with the same model and writer as the
 * command line. This module, with the model and the writer (pptxgenjs), loads when the first deck is
 * asked for.
 */
import type { ValidDataset } from '../../data/validate.ts';
import { buildDeck } from '../../deck/deck-model.ts';
import { stepInfo, type StepInfo } from '../../deck/step-info.ts';
import { writePptx, type StepMedia } from '../../deck/write-pptx.ts';
import type { Lang } from '../../lib/lang.ts';
import type { ExportSize } from '../../picture/export-sizes.ts';
import type { Tour } from '../../state/tour.ts';
import type { ShownStep } from '../tour/use-presentation.ts';
import { deckPictureOverlay, type ImageContext } from './image-overlay.ts';
import type { Job } from '../../lib/job-runner.ts';
import type { AnnotationMark } from '../../picture/annotations.ts';

/** Slide pictures are drawn at 1080p: sharp on a projector, a few hundred KB each. */
export const DECK_PICTURE: ExportSize = { width: 1920, height: 1080 };

export interface DeckSteps {
  /** Shows a step and resolves once it is drawn, the camera still. */
  show(index: number): Promise<ShownStep>;
  /** The step's picture, and its annotations as laid out on it. */
  picture(size: ExportSize, overlay: ReturnType<typeof deckPictureOverlay>): Promise<{ png: Blob; annotations: readonly AnnotationMark[] }>;
}

export async function makeDeck(
  tour: Tour,
  lang: Lang,
  dataset: ValidDataset,
  steps: DeckSteps,
  job: Job,
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const infos: StepInfo[] = [];
  const media: StepMedia[] = [];
  let shownPage: ImageContext | null = null;
  for (let index = 0; index < tour.steps.length; index++) {
    job.signal.throwIfAborted();
    job.progress(index, tour.steps.length);
    const shown = await steps.show(index);
    shownPage = shown.page;
    const picture = await steps.picture(DECK_PICTURE, deckPictureOverlay(shown.page));
    const annotations = picture.annotations.length > 0 ? { annotations: { marks: picture.annotations, ...DECK_PICTURE } } : {};
    media.push({ png: new Uint8Array(await picture.png.arrayBuffer()), ...annotations });
    infos.push(stepInfo(tour, index, lang, dataset.initiatives));
  }
  job.progress(tour.steps.length, tour.steps.length);
  const byId = new Map(dataset.initiatives.map((i) => [i.id, i]));
  const overlays = (shownPage?.overlays ?? []).filter((layer) => layer.visible);
  const deck = buildDeck({ lang, steps: infos, initiative: (id) => byId.get(id), metadata: dataset.metadata, overlays });
  return { bytes: await writePptx(deck, media), fileName: deck.fileName };
}
