/**
 * zod, configured once for every schema of the app: no eval. zod's JIT compiles parsers with
 * `new Function`, which a strict Content Security Policy (script-src 'self') refuses, and the
 * browser reports each refusal. Every module that builds or parses a schema imports `z` from here,
 * so the setting holds whatever order the modules are evaluated in. The plain parser is fast
 * enough for this data.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
