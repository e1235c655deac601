/**
 * Opening and closing a profile. Opening frames its initiatives on the map and closes the detail
 * panel; closing puts back what was there before: the selection, and the camera if the page had
 * one before the profile moved it (a page opened on a profile link frames the filters instead).
 */
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import { profileParam, type Profile, type ProfileKind } from '../data/profile.ts';
import type { MapHandle } from '../map/owner/map-handle.ts';
import type { AppState, View } from '../state/app-state.ts';
import { readProfileParam } from '../state/profile-param.ts';

export interface ProfileActions {
  /** Opens the profile of a facet value (`'country', 'PHL'`); a value that names none changes nothing. */
  open(kind: ProfileKind, value: string): void;
  close(): void;
}

interface Deps {
  readonly profile: Profile | null;
  readonly setState: (update: (state: AppState) => AppState) => void;
  readonly map: RefObject<MapHandle | null>;
}

/** What a profile hides, for its close. */
interface Before {
  readonly view: View | null;
  readonly selected: string | null;
}

export function useProfile({ profile, setState, map }: Deps): ProfileActions {
  const before = useRef<Before | null>(null);
  const returnTo = useRef<View | null>(null);
  const key = profile ? profileParam(profile) : null;
  // After the commit, so the map has the new set (its own refit ran first; this one wins).
  useEffect(() => {
    if (key) map.current?.fit();
    else if (returnTo.current) {
      map.current?.fly(returnTo.current);
      returnTo.current = null;
    }
  }, [key, map]);

  return useMemo(
    () => ({
      open(kind, value) {
        const read = readProfileParam(`${kind}:${value}`);
        if (!read.ok) return;
        setState((s) => {
          // Only the first profile of a run remembers: going from one profile to another, close still goes back to the explorer.
          if (!s.profile) before.current = { view: s.view, selected: s.selected };
          return { ...s, profile: read.value, selected: null, tour: null };
        });
      },
      close() {
        const back = before.current;
        before.current = null;
        returnTo.current = back?.view ?? null;
        setState((s) => ({ ...s, profile: null, selected: back ? back.selected : s.selected }));
      },
    }),
    [setState],
  );
}
