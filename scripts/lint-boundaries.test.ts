/**
 * The module boundaries of CONVENTIONS.md hold because lint rejects the imports that would break
 * them: each rule is checked here to fire on a leak, and to let the allowed imports through.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('module boundaries', () => {
  it.each([
    ['src/data/leak.ts', "import { DEFAULT_STATE } from '../state/app-state.ts';\nexport const x = DEFAULT_STATE;", 'must not import the app state'],
    ['src/data/leak.ts', "import { LAYERS } from '../map/layers.ts';\nexport const x = LAYERS;", 'must not import the map'],
    ['src/data/leak.ts', "import { useState } from 'react';\nexport const x = useState;", 'free of React'],
    ['src/lib/leak.ts', "import { PILLARS } from '../data/vocabulary.ts';\nexport const x = PILLARS;", 'imports nothing of the app'],
    ['src/lib/leak.ts', "import { Map } from 'maplibre-gl';\nexport const x = Map;", 'Only src/map talks to MapLibre'],
    ['src/state/leak.ts', "import { MapView } from '../map/MapView.tsx';\nexport const x = MapView;", 'must not import the map'],
    ['src/ui/Leak.tsx', "import { setSourceData } from '../map/start-map.ts';\nexport const x = setSourceData;", 'only palette.ts, export-sizes.ts and optional-layers.ts'],
    ['src/ui/Leak.tsx', "import { MapView } from '../map/MapView.tsx';\nexport const x = MapView;", 'only palette.ts, export-sizes.ts and optional-layers.ts'],
    ['src/ui/Leak.tsx', "import { Map } from 'maplibre-gl';\nexport const x = Map;", 'Only src/map talks to MapLibre'],
    ['src/ui/Leak.tsx', "import { Explorer } from '../app/Explorer.tsx';\nexport const x = Explorer;", 'must not import the app'],
    ['src/map/leak.ts', "import { Legend } from '../ui/Legend.tsx';\nexport const x = Legend;", 'must not import the UI'],
    ['src/state/leak.ts', "import { z } from 'zod';\nexport const x = z.string();", 'Import z from src/data/zod.ts'],
    ['src/data/leak.ts', "import { z } from 'zod';\nexport const x = z.string();", 'Import z from src/data/zod.ts'],
    ['src/data/leak.ts', "import * as z from 'zod/mini';\nexport const x = z.string();", 'Import z from src/data/zod.ts'],
    ['src/state/leak.ts', "import { string } from 'zod/mini';\nexport const x = string();", 'Import z from src/data/zod.ts'],
    ['scripts/leak.ts', "import { MapView } from '../src/map/owner/MapView.tsx';\nexport const x = MapView;", 'scripts/ import only'],
    ['scripts/leak.ts', "import { parseUrl } from '../src/state/url.ts';\nexport const x = parseUrl;", 'scripts/ import only'],
    ['scripts/leak.ts', "import { Explorer } from '../src/app/Explorer.tsx';\nexport const x = Explorer;", 'scripts/ import only'],
  ])('%s: rejects %j', async (file, code, message) => {
    const messages = await restrictedImports(file, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(message);
  });

  it.each([
    ['src/data/ok.ts', "import { PILLARS } from './vocabulary.ts';\nimport { ok } from '../lib/result.ts';\nexport const x = [PILLARS, ok];"],
    ['src/lib/ok.ts', "import { ok } from './result.ts';\nexport const x = ok;"],
    ['src/ui/Ok.tsx', "import { pillarColor } from '../map/palette.ts';\nimport { EXPORT_SIZES } from '../map/export-sizes.ts';\nimport { OPTIONAL_LAYERS } from '../map/optional-layers.ts';\nexport const x = [pillarColor, EXPORT_SIZES, OPTIONAL_LAYERS];"],
    ['src/map/ok.ts', "import { Map } from 'maplibre-gl';\nimport { PILLARS } from '../data/vocabulary.ts';\nexport const x = [Map, PILLARS];"],
    ['scripts/ok.ts', "import { PILLARS } from '../src/data/vocabulary.ts';\nimport { renderPlan } from '../src/app/automation.ts';\nimport { errorMessage } from '../src/lib/error-message.ts';\nexport const x = [PILLARS, renderPlan, errorMessage];"],
  ])('%s: allows what it may import', async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([]);
  });
});
