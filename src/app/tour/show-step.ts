/** A tour step shown as the presenter shows it and fully drawn: what the automation API's `showStep` and each slide of a deck wait for. */
import type { MapHandle } from '../../map/owner/map-handle.ts';
import type { Presentation, ShownStep } from './use-presentation.ts';

/** Shows step `index` of a tour (stopping autoplay when it is another tour's) and resolves once it is drawn and the camera is still. */
export async function showStepDrawn(
  presentation: () => Presentation,
  map: () => MapHandle | null,
  tourId: string,
  index: number,
): Promise<ShownStep> {
  if (presentation().active?.id !== tourId) presentation().setPlaying(false);
  const shown = await presentation().show(tourId, index);
  const handle = map();
  if (!handle) throw new Error('The map is not on the page.');
  await handle.whenIdle();
  return shown;
}
