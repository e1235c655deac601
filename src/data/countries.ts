/**
 * Country codes and names. Codes come from i18n-iso-countries (a maintained ISO 3166
 * table); names from the platform's CLDR data through Intl.DisplayNames, so that
 * "South Korea"/「韓国」 read as people write them, with no hand-typed table.
 */
import countries from 'i18n-iso-countries';
import type { Lang } from '../lib/lang.ts';

const alpha3 = new Set(Object.keys(countries.getAlpha3Codes()));

export function isCountryCode(code: string): boolean {
  return alpha3.has(code);
}

/** world-atlas identifies countries by ISO 3166-1 numeric code ("356" for India). */
export function alpha3FromNumeric(numeric: string | number | undefined): string | undefined {
  if (numeric === undefined) return undefined;
  return countries.numericToAlpha3(String(numeric).padStart(3, '0'));
}

const displayNames = new Map<Lang, Intl.DisplayNames>();

/** The name of a country in the language asked for, or the code itself if unknown. */
export function countryName(code: string, lang: Lang): string {
  const alpha2 = countries.alpha3ToAlpha2(code);
  if (!alpha2) return code;
  let names = displayNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
    displayNames.set(lang, names);
  }
  return names.of(alpha2) ?? code;
}

/** Every ISO 3166-1 alpha-3 code (for choosing a country from a list). */
export function countryCodes(): string[] {
  return [...alpha3];
}
