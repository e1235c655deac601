/**
 * zod, configured once for every schema of the app. Every module that builds or parses a schema
 * imports `z` from here, so the settings hold whatever order the modules are evaluated in:
 * - Zod Mini, the tree-shakable form of zod 4: the same parser and issues with a functional API
 *   (`z.optional(s)`, `s.check(z.minLength(1))`), about 9 kB (gzip) less on the first render's path
 *   than the classic API, which also carries JSON Schema export into every page.
 * - English messages (Mini ships none by default), so the issues read as they did with the classic API.
 * - No eval: zod's JIT compiles parsers with `new Function`, which a strict Content Security Policy
 *   (script-src 'self') refuses, and the browser reports each refusal. The plain parser is fast
 *   enough for this data.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config({ ...en(), jitless: true });

export { z };
