/**
 * The page's query as it was opened, read once, here: the app rewrites its URL from its state
 * (which has no `debug` or `data`) as soon as it starts, so everything that needs the opening
 * query reads it from this module.
 */
import { frameParams, type FrameParams } from '../state/frame-params.ts';

export const OPENED_QUERY: string = typeof window === 'undefined' ? '' : window.location.search;

export const OPENED: FrameParams = frameParams(OPENED_QUERY);
