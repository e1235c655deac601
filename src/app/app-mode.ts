/**
 * What the explorer is doing, as one value: exploring, touring (a tour or autoplay in the page),
 * embedded in a host page, or presenting full screen. What each mode shows is decided in one
 * exhaustive switch.
 */
import { assertNever } from '../lib/result.ts';

export type AppMode =
  | { readonly kind: 'explore' }
  | { readonly kind: 'tour' }
  | { readonly kind: 'embed'; readonly touring: boolean }
  | { readonly kind: 'present'; readonly touring: boolean; readonly embed: boolean };

export function appMode({ embed, fullscreen, touring }: { embed: boolean; fullscreen: boolean; touring: boolean }): AppMode {
  if (fullscreen) return { kind: 'present', touring, embed };
  if (embed) return { kind: 'embed', touring };
  return touring ? { kind: 'tour' } : { kind: 'explore' };
}

/** The parts of the explorer a mode shows. */
export interface Chrome {
  readonly header: boolean;
  /** Filters and the list. */
  readonly sidebar: boolean;
  /** Fit, layers, tours, image, download and embed. */
  readonly tools: boolean;
  /** An initiative's detail panel (a tour shows its caption instead). */
  readonly detail: boolean;
  /** The "open the full explorer" link of an embedded map. */
  readonly openFull: boolean;
  /** The tour player is compact. */
  readonly compactPlayer: boolean;
  /** The locator inset (where the view lies in the region) once zoomed in: for an audience or a host page's reader, who cannot see the explorer's context. */
  readonly locator: boolean;
  readonly className: string;
}

export function chromeOf(mode: AppMode): Chrome {
  switch (mode.kind) {
    case 'explore':
      return {
        header: true,
        sidebar: true,
        tools: true,
        detail: true,
        openFull: false,
        compactPlayer: false,
        locator: false,
        className: 'app',
      };
    case 'tour':
      return {
        header: true,
        sidebar: true,
        tools: true,
        detail: false,
        openFull: false,
        compactPlayer: false,
        locator: false,
        className: 'app touring',
      };
    case 'embed':
      return {
        header: false,
        sidebar: false,
        tools: false,
        detail: !mode.touring,
        openFull: true,
        compactPlayer: true,
        locator: true,
        className: `app embed${mode.touring ? ' touring' : ''}`,
      };
    case 'present':
      return {
        header: false,
        sidebar: false,
        tools: false,
        detail: !mode.touring,
        openFull: mode.embed,
        compactPlayer: mode.embed,
        locator: true,
        className: `app${mode.embed ? ' embed' : ''} presenting${mode.touring ? ' touring' : ''}`,
      };
    default:
      return assertNever(mode);
  }
}
