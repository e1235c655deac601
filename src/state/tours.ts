/** The built-in tours, shipped as data in data/tours/. */
import japanIndia from '../../data/tours/japan-india.json' with { type: 'json' };
import osa from '../../data/tours/osa.json' with { type: 'json' };
import pacificIslands from '../../data/tours/pacific-islands.json' with { type: 'json' };
import threeFocusAreas from '../../data/tours/three-focus-areas.json' with { type: 'json' };
import type { Tour } from './tour.ts';

/** The documents' guided tours: their files carry no kind, as they are guided by where they come from. */
export const BUILT_IN_TOURS: readonly Tour[] = [threeFocusAreas, japanIndia, pacificIslands, osa].map((tour) => ({
  ...tour,
  kind: 'guided',
}));
