import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JAPANESE_FONT_FAMILY } from './japanese-font.ts';

/** A stand-in for a CSS FontFace: `load()` resolves or fails as told, and is counted. */
function face(family: string, fails = false) {
  const loaded = { count: 0 };
  return {
    family: `"${family}"`,
    loaded,
    load: () => {
      loaded.count++;
      return fails ? Promise.reject(new Error('A network error occurred.')) : Promise.resolve();
    },
  };
}

type Face = ReturnType<typeof face>;

async function withFaces(faces: Face[]) {
  vi.stubGlobal('document', { fonts: faces });
  vi.resetModules(); // the loader keeps its one load per page
  return import('./load-japanese-font.ts');
}

beforeEach(() => vi.spyOn(console, 'warn').mockImplementation(() => undefined));
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('loadJapaneseFontFor', () => {
  it('loads nothing for text with no Japanese', async () => {
    const faces = [face(JAPANESE_FONT_FAMILY)];
    const { loadJapaneseFontFor } = await withFaces(faces);
    await loadJapaneseFontFor('Security cooperation “OSA” – 3 initiatives');
    expect(faces[0]?.loaded.count).toBe(0);
  });

  it('loads every file of the family once for Japanese text, and no other family', async () => {
    const faces = [face(JAPANESE_FONT_FAMILY), face(JAPANESE_FONT_FAMILY), face('Some Other Font')];
    const { loadJapaneseFontFor } = await withFaces(faces);
    await Promise.all([loadJapaneseFontFor('安全保障'), loadJapaneseFontFor('フィジー')]);
    expect(faces.map((f) => f.loaded.count)).toEqual([1, 1, 0]);
  });

  it('says the font is missing when no @font-face declares the family', async () => {
    const { loadJapaneseFontFor } = await withFaces([face('Some Other Font')]);
    await expect(loadJapaneseFontFor('日本')).rejects.toThrow(`no @font-face for '${JAPANESE_FONT_FAMILY}'`);
  });

  it('says why when a file cannot load, and tries again on the next call', async () => {
    const failing = face(JAPANESE_FONT_FAMILY, true);
    const { loadJapaneseFontFor } = await withFaces([failing]);
    await expect(loadJapaneseFontFor('日本')).rejects.toThrow(
      'The Japanese font could not be loaded (A network error occurred.); Japanese text would be drawn as empty boxes.',
    );
    await expect(loadJapaneseFontFor('日本')).rejects.toThrow('could not be loaded');
    expect(failing.loaded.count).toBe(2);
  });
});

describe('whenLabelsCanDraw', () => {
  it('switches to English at once, without loading the font', async () => {
    const faces = [face(JAPANESE_FONT_FAMILY)];
    const { whenLabelsCanDraw } = await withFaces(faces);
    const apply = vi.fn();
    whenLabelsCanDraw('en', apply);
    expect(apply).toHaveBeenCalledTimes(1);
    expect(faces[0]?.loaded.count).toBe(0);
  });

  it('switches to Japanese once the font is loaded, not before', async () => {
    const { whenLabelsCanDraw } = await withFaces([face(JAPANESE_FONT_FAMILY)]);
    const apply = vi.fn();
    whenLabelsCanDraw('ja', apply);
    expect(apply).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(apply).toHaveBeenCalledTimes(1));
  });

  it('does not switch once cancelled (the language changed again meanwhile)', async () => {
    const { whenLabelsCanDraw } = await withFaces([face(JAPANESE_FONT_FAMILY)]);
    const apply = vi.fn();
    whenLabelsCanDraw('ja', apply)();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(apply).not.toHaveBeenCalled();
  });

  it('switches all the same when the font cannot load, and says so', async () => {
    const { whenLabelsCanDraw } = await withFaces([face(JAPANESE_FONT_FAMILY, true)]);
    const apply = vi.fn();
    whenLabelsCanDraw('ja', apply);
    await vi.waitFor(() => expect(apply).toHaveBeenCalledTimes(1));
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('The Japanese font could not be loaded'));
  });
});
