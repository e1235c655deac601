import { describe, expect, it } from 'vitest';
import { appMode, chromeOf } from './app-mode.ts';

describe('appMode', () => {
  it.each([
    [{ embed: false, fullscreen: false, touring: false }, 'explore'],
    [{ embed: false, fullscreen: false, touring: true }, 'tour'],
    [{ embed: true, fullscreen: false, touring: false }, 'embed'],
    [{ embed: true, fullscreen: false, touring: true }, 'embed'],
    [{ embed: false, fullscreen: true, touring: true }, 'present'],
    [{ embed: true, fullscreen: true, touring: false }, 'present'],
  ])('%j is %s', (input, kind) => {
    expect(appMode(input).kind).toBe(kind);
  });
});

describe('chromeOf', () => {
  it('shows everything while exploring', () => {
    expect(chromeOf({ kind: 'explore' })).toMatchObject({
      header: true,
      sidebar: true,
      tools: true,
      detail: true,
      openFull: false,
      className: 'app',
    });
  });
  it('hides the detail panel during a tour (the caption takes its place)', () => {
    expect(chromeOf({ kind: 'tour' })).toMatchObject({ sidebar: true, detail: false, className: 'app touring' });
  });
  it('keeps an embedded map clean, with a link to the full explorer and a compact player', () => {
    expect(chromeOf({ kind: 'embed', touring: true })).toMatchObject({
      header: false,
      sidebar: false,
      tools: false,
      detail: false,
      openFull: true,
      compactPlayer: true,
      className: 'app embed touring',
    });
  });
  it('presents without chrome, an embedded map keeping its link', () => {
    expect(chromeOf({ kind: 'present', touring: false, embed: false })).toMatchObject({
      header: false,
      tools: false,
      detail: true,
      openFull: false,
      className: 'app presenting',
    });
    expect(chromeOf({ kind: 'present', touring: true, embed: true })).toMatchObject({
      openFull: true,
      compactPlayer: true,
      className: 'app embed presenting touring',
    });
  });
  it('shows the locator inset to an audience and in host pages, not in the explorer', () => {
    expect(chromeOf({ kind: 'explore' }).locator).toBe(false);
    expect(chromeOf({ kind: 'tour' }).locator).toBe(false);
    expect(chromeOf({ kind: 'embed', touring: false }).locator).toBe(true);
    expect(chromeOf({ kind: 'present', touring: true, embed: false }).locator).toBe(true);
  });
});
