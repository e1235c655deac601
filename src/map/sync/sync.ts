/**
 * A concern of the map, in react-map-gl's manner (`_updateX(next, prev)`): a pure `diff` works
 * out what must change between the previous input and the next (null: nothing), and a small
 * `apply` makes that change on the map. `apply` may return a cleanup, run before the next change
 * is applied and when the map goes (e.g. to stop a fade or an animation loop).
 */
import type { MapSession } from '../owner/map-session.ts';

export interface Sync<Input, Diff> {
  diff(prev: Input | null, next: Input): Diff | null;
  apply(session: MapSession, diff: Diff): void | (() => void);
}
