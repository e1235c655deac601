/**
 * pptxgenjs reads local files and URLs with `import('node:fs')` / `import('node:https')` when it runs
 * in Node. A deck built in the browser gives it every picture as data, so those imports never run
 * there; Vite would still bundle its CommonJS stand-in for Node built-ins, and the CommonJS helpers
 * it needs would move out of the entry chunk into a chunk of their own, loaded at start-up. This
 * plugin gives those two imports an empty ES module instead (build only; Node and tests are untouched).
 */
import type { Plugin } from 'vite';

const STUB = '\0pptxgenjs-node-builtin';

export function pptxgenjsInBrowser(): Plugin {
  return {
    name: 'foip:pptxgenjs-in-browser',
    apply: 'build',
    enforce: 'pre',
    resolveId(id, importer) {
      if (!importer?.includes('/node_modules/pptxgenjs/')) return null;
      if (id === 'node:fs' || id === 'node:https') return STUB;
      if (id === 'jszip') return this.resolve('jszip/lib/index.js', importer, { skipSelf: true });
      return null;
    },
    load(id) {
      return id === STUB ? 'export default {};' : null;
    },
  };
}
