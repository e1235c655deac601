/**
 * The two URL parameters the page's frame depends on, read before the explorer's code loads:
 * the language and whether the page is embedded. `parseUrl` reads them with these same
 * functions (and reports bad values); here a bad value simply falls back to the default.
 */
import { isLang, type Lang } from '../lib/lang.ts';

export function langParam(value: string | null): Lang | null {
  return value !== null && isLang(value) ? value : null;
}

/** `true` / `false` for a valid `embed` value, `null` for a missing or invalid one. */
export function embedParam(value: string | null): boolean | null {
  if (value === '1' || value === 'true') return true;
  if (value === '0' || value === 'false') return false;
  return null;
}

export function frameParams(search: string): { lang: Lang; embed: boolean } {
  const params = new URLSearchParams(search);
  return { lang: langParam(params.get('lang')) ?? 'en', embed: embedParam(params.get('embed')) ?? false };
}
