/** The IndexedDB database holding the user's kept layers (layer-store.ts); named apart so that asking whether it exists does not load the store. */
export const KEPT_DATABASE = 'foip-atlas-user-data';
