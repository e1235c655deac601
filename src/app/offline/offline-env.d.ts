/** Set by vite.config.ts in `vite build` (the service worker's file); absent in the dev server and the single-file build. */
interface ImportMetaEnv {
  readonly FOIP_SERVICE_WORKER?: string;
}
