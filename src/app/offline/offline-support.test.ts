import { describe, expect, it } from 'vitest';
import { offlineWorker, type PageContext } from './offline-support.ts';

const HTTPS: PageContext = { isSecureContext: true, protocol: 'https:', hasServiceWorker: true };

describe('offlineWorker', () => {
  it.each<[string, string | undefined, PageContext, ReturnType<typeof offlineWorker>]>([
    ['a hosted build', 'sw.js', HTTPS, { ok: true, value: 'sw.js' }],
    ['http on loopback (a secure context)', 'sw.js', { ...HTTPS, protocol: 'http:' }, { ok: true, value: 'sw.js' }],
    ['the dev server or the single file (no worker built)', undefined, HTTPS, { ok: false, error: 'not-built' }],
    ['an empty worker name', '', HTTPS, { ok: false, error: 'not-built' }],
    ['plain http on the network', 'sw.js', { ...HTTPS, protocol: 'http:', isSecureContext: false }, { ok: false, error: 'insecure' }],
    ['file://', 'sw.js', { ...HTTPS, protocol: 'file:' }, { ok: false, error: 'insecure' }],
    ['a browser without service workers', 'sw.js', { ...HTTPS, hasServiceWorker: false }, { ok: false, error: 'unsupported' }],
  ])('%s', (_, file, page, expected) => {
    expect(offlineWorker(file, page)).toEqual(expected);
  });
});
