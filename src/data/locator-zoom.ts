/** Above this zoom the locator inset is shown (locator.ts): at the overview the whole map is its own locator. Apart, so the pages that only test it load none of the drawing. */
export const LOCATOR_MIN_ZOOM = 4;
