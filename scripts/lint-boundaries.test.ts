/**
 * The module boundaries of CONTRIBUTING.md hold because lint rejects the imports that would break
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
    [
      'src/data/leak.ts',
      "import { DEFAULT_STATE } from '../state/app-state.ts';\nexport const x = DEFAULT_STATE;",
      'must not import the app state',
    ],
    ['src/data/leak.ts', "import { LAYERS } from '../map/style/layers.ts';\nexport const x = LAYERS;", 'Only the app and the UI'],
    ['src/data/leak.ts', "import { useState } from 'react';\nexport const x = useState;", 'free of React'],
    [
      'src/data/leak.ts',
      "import { drawOverlay } from '../picture/overlay.ts';\nexport const x = drawOverlay;",
      'must not import the pictures',
    ],
    ['src/lib/leak.ts', "import { PILLARS } from '../data/vocabulary.ts';\nexport const x = PILLARS;", 'imports nothing of the app'],
    ['src/lib/leak.ts', "import { Map } from 'maplibre-gl';\nexport const x = Map;", 'Only src/map talks to MapLibre'],
    ['src/state/leak.ts', "import { MapView } from '../map/owner/MapView.tsx';\nexport const x = MapView;", 'Only the app and the UI'],
    [
      'src/state/leak.ts',
      "import { pillarColor } from '../picture/palette.ts';\nexport const x = pillarColor;",
      'must not import the pictures',
    ],
    // Pictures: data and lib only.
    [
      'src/picture/leak.ts',
      "import { DEFAULT_STATE } from '../state/app-state.ts';\nexport const x = DEFAULT_STATE;",
      'must not import the app state',
    ],
    [
      'src/picture/leak.ts',
      "import { snapshotMap } from '../map/recording/offscreen.ts';\nexport const x = snapshotMap;",
      'Only the app and the UI',
    ],
    [
      'src/picture/leak.ts',
      "import { recordTour } from '../video/record.ts';\nexport const x = recordTour;",
      'must not import the video recorder',
    ],
    [
      'src/picture/leak.ts',
      "import { buildDeck } from '../deck/deck-model.ts';\nexport const x = buildDeck;",
      'Only the app reaches the deck writer',
    ],
    ['src/picture/leak.ts', "import { Map } from 'maplibre-gl';\nexport const x = Map;", 'Only src/map talks to MapLibre'],
    ['src/picture/leak.ts', "import { strings } from '../ui/strings.ts';\nexport const x = strings;", 'must not import the UI'],
    // The map reaches the video only through the recorder's interface; never the deck.
    ['src/map/leak.ts', "import { recordTour } from '../video/record.ts';\nexport const x = recordTour;", 'only recordable.ts'],
    [
      'src/map/recording/leak.ts',
      "import { videoSink } from '../../video/encode-video.ts';\nexport const x = videoSink;",
      'only recordable.ts',
    ],
    [
      'src/map/leak.ts',
      "import { buildDeck } from '../deck/deck-model.ts';\nexport const x = buildDeck;",
      'Only the app reaches the deck writer',
    ],
    ['src/map/leak.ts', "import { Legend } from '../ui/Legend.tsx';\nexport const x = Legend;", 'must not import the UI'],
    // The video and the deck never reach into the map, nor each other.
    [
      'src/video/leak.ts',
      "import { renderOffscreen } from '../map/recording/offscreen.ts';\nexport const x = renderOffscreen;",
      'Only the app and the UI',
    ],
    [
      'src/video/leak.ts',
      "import { buildDeck } from '../deck/deck-model.ts';\nexport const x = buildDeck;",
      'Only the app reaches the deck writer',
    ],
    [
      'src/video/leak.ts',
      "import { DEFAULT_STATE } from '../state/app-state.ts';\nexport const x = DEFAULT_STATE;",
      'must not import the app state',
    ],
    ['src/deck/leak.ts', "import { LAYERS } from '../map/style/layers.ts';\nexport const x = LAYERS;", 'Only the app and the UI'],
    [
      'src/deck/leak.ts',
      "import { recordTour } from '../video/record.ts';\nexport const x = recordTour;",
      'must not import the video recorder',
    ],
    // The brief: handed the map's picture and the view in words, never the map, the state or the UI.
    ['src/brief/leak.ts', "import { LAYERS } from '../map/style/layers.ts';\nexport const x = LAYERS;", 'Only the app and the UI'],
    [
      'src/brief/leak.ts',
      "import { DEFAULT_STATE } from '../state/app-state.ts';\nexport const x = DEFAULT_STATE;",
      'must not import the app state',
    ],
    ['src/brief/leak.ts', "import { strings } from '../ui/strings.ts';\nexport const x = strings;", 'must not import the UI'],
    ['src/brief/leak.ts', "import { useState } from 'react';\nexport const x = useState;", 'free of React'],
    [
      'src/ui/Leak.tsx',
      "import { setSourceData } from '../map/style/sources.ts';\nexport const x = setSourceData;",
      'only style/optional-layers.ts',
    ],
    ['src/ui/Leak.tsx', "import { MapView } from '../map/owner/MapView.tsx';\nexport const x = MapView;", 'only style/optional-layers.ts'],
    ['src/ui/Leak.tsx', "import { Map } from 'maplibre-gl';\nexport const x = Map;", 'Only src/map talks to MapLibre'],
    ['src/ui/Leak.tsx', "import { Explorer } from '../app/Explorer.tsx';\nexport const x = Explorer;", 'must not import the app'],
    ['src/ui/Leak.tsx', "import { useJobs } from '../app/jobs/use-jobs.ts';\nexport const x = useJobs;", 'must not import the app'],
    ['src/state/leak.ts', "import { z } from 'zod';\nexport const x = z.string();", 'Import z from src/data/zod.ts'],
    ['src/data/leak.ts', "import { z } from 'zod';\nexport const x = z.string();", 'Import z from src/data/zod.ts'],
    ['src/data/leak.ts', "import * as z from 'zod/mini';\nexport const x = z.string();", 'Import z from src/data/zod.ts'],
    ['src/state/leak.ts', "import { string } from 'zod/mini';\nexport const x = string();", 'Import z from src/data/zod.ts'],
    [
      'scripts/leak.ts',
      "import { MapView } from '../src/map/owner/MapView.tsx';\nexport const x = MapView;",
      'scripts/ and bench/ import only',
    ],
    ['scripts/leak.ts', "import { parseUrl } from '../src/state/url.ts';\nexport const x = parseUrl;", 'scripts/ and bench/ import only'],
    [
      'scripts/leak.ts',
      "import { Explorer } from '../src/app/Explorer.tsx';\nexport const x = Explorer;",
      'scripts/ and bench/ import only',
    ],
    [
      'scripts/leak.ts',
      "import { useJobs } from '../src/app/jobs/use-jobs.ts';\nexport const x = useJobs;",
      'scripts/ and bench/ import only',
    ],
    [
      'scripts/font-text.ts',
      "import { DetailPanel } from '../src/ui/DetailPanel.tsx';\nexport const x = DetailPanel;",
      'scripts/ and bench/ import only',
    ],
    ['bench/leak.ts', "import { LAYERS } from '../src/map/style/layers.ts';\nexport const x = LAYERS;", 'scripts/ and bench/ import only'],
    [
      'bench/pages/leak.ts',
      "import { whenSessionIdle } from '../../src/map/owner/when-idle.ts';\nexport const x = whenSessionIdle;",
      'map’s style and site-zoom modules only',
    ],
  ])('%s: rejects %j', async (file, code, message) => {
    const messages = await restrictedImports(file, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(message);
  });

  it.each([
    [
      'src/data/ok.ts',
      "import { PILLARS } from './vocabulary.ts';\nimport { ok } from '../lib/result.ts';\nexport const x = [PILLARS, ok];",
    ],
    ['src/lib/ok.ts', "import { ok } from './result.ts';\nexport const x = ok;"],
    [
      'src/picture/ok.ts',
      "import { PILLARS } from '../data/vocabulary.ts';\nimport { cssFontList } from '../lib/japanese-text.ts';\nexport const x = [PILLARS, cssFontList];",
    ],
    [
      'src/ui/Ok.tsx',
      "import { pillarColor } from '../picture/palette.ts';\nimport { EXPORT_SIZES } from '../picture/export-sizes.ts';\nimport { OPTIONAL_LAYERS } from '../map/style/optional-layers.ts';\nexport const x = [pillarColor, EXPORT_SIZES, OPTIONAL_LAYERS];",
    ],
    [
      'src/map/ok.ts',
      "import { Map } from 'maplibre-gl';\nimport { PILLARS } from '../data/vocabulary.ts';\nimport { pillarColor } from '../picture/palette.ts';\nimport type { RecordableMap } from '../video/recordable.ts';\nexport const x = [Map, PILLARS, pillarColor];\nexport type Y = RecordableMap<number>;",
    ],
    [
      'src/video/ok.ts',
      "import { drawOverlay } from '../picture/overlay.ts';\nimport { err } from '../lib/result.ts';\nexport const x = [drawOverlay, err];",
    ],
    [
      'src/deck/ok.ts',
      "import { pillarColor } from '../picture/palette.ts';\nimport { tourStep } from '../state/tour-step.ts';\nexport const x = [pillarColor, tourStep];",
    ],
    [
      'scripts/ok.ts',
      "import { PILLARS } from '../src/data/vocabulary.ts';\nimport { renderPlan } from '../src/app/automation.ts';\nimport { errorMessage } from '../src/lib/error-message.ts';\nimport { planVideo } from '../src/video/plan.ts';\nexport const x = [PILLARS, renderPlan, errorMessage, planVideo];",
    ],
    [
      'src/brief/ok.ts',
      "import { citationOf } from '../data/citation.ts';\nimport { pillarColor } from '../picture/palette.ts';\nimport { hasJapanese } from '../lib/japanese-text.ts';\nexport const x = [citationOf, pillarColor, hasJapanese];",
    ],
    ['scripts/font-text.ts', "import { strings } from '../src/ui/strings.ts';\nexport const x = strings;"],
    ['bench/pages/ok.ts', "import { drawBadge } from '../../src/map/style/badge-image.ts';\nexport const x = drawBadge;"],
  ])('%s: allows what it may import', async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([]);
  });
});

describe('import cycles', () => {
  it('are found (eslint-plugin-import-x no-cycle)', async () => {
    // Two modules that import each other, kept out of `npm run lint` and linted here on purpose.
    const results = await new ESLint({ cwd: process.cwd(), ignore: false }).lintFiles([
      'scripts/fixtures/cycle/a.ts',
      'scripts/fixtures/cycle/b.ts',
    ]);
    expect(results.map((r) => r.messages.map((m) => m.ruleId))).toEqual([['import-x/no-cycle'], ['import-x/no-cycle']]);
  });
});
