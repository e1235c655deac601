/**
 * `?profile=<kind>:<value>` read into a profile. Total: a text that names no profile is a
 * reason, never a throw. The value is read by the facet table (facets.ts), so a profile names
 * exactly what the facet's filter would accept, in the same canonical form.
 */
import { isProfileKind, PROFILE_KINDS, type Profile } from '../data/profile.ts';
import { err, ok, type Result } from '../lib/result.ts';
import { FACET_CODECS, readFacetValue } from './facets.ts';

/** Whether the dataset has any initiative with this profile's value; without it, every well-formed value is taken. */
export type ProfileExists = (profile: Profile) => boolean;

const NOUNS: Record<Profile['kind'], string> = { country: 'host country', partner: 'partner', tool: 'means', region: 'region' };

export function readProfileParam(raw: string, exists?: ProfileExists): Result<Profile, string> {
  const colon = raw.indexOf(':');
  const kind = colon < 0 ? raw : raw.slice(0, colon).toLowerCase();
  if (colon < 0 || !isProfileKind(kind)) return err(`expected <kind>:<value> with kind ${PROFILE_KINDS.join(', ')}`);
  const value = readFacetValue(kind, raw.slice(colon + 1).trim());
  if (value === null) return err(FACET_CODECS[kind].expected);
  const profile: Profile = { kind, value };
  if (exists && !exists(profile)) return err(`no initiative has this ${NOUNS[kind]}`);
  return ok(profile);
}
