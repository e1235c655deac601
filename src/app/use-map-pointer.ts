/** What the pointer has open over the map: the tooltip of a hovered place, the chooser of a clicked badge, the row hovered in the list, the summary bar hovered, and the embed dialog. */
import { useCallback, useState } from 'react';
import type { ClusterPick, MapHover } from '../map/owner/map-events.ts';

export interface MapPointer {
  readonly hover: MapHover | null;
  readonly setHover: (hover: MapHover | null) => void;
  /** The initiative hovered in the list. */
  readonly listHover: string | null;
  readonly setListHover: (id: string | null) => void;
  /** The initiatives of the summary bar hovered or focused (null for none). */
  readonly barHover: readonly string[] | null;
  readonly setBarHover: (ids: readonly string[] | null) => void;
  readonly chooser: ClusterPick | null;
  readonly setChooser: (pick: ClusterPick | null) => void;
  readonly closeChooser: () => void;
  readonly embedOpen: boolean;
  readonly setEmbedOpen: (open: boolean) => void;
}

export function useMapPointer(): MapPointer {
  const [hover, setHover] = useState<MapHover | null>(null);
  const [listHover, setListHover] = useState<string | null>(null);
  const [barHover, setBarHover] = useState<readonly string[] | null>(null);
  const [chooser, setChooser] = useState<ClusterPick | null>(null);
  const [embedOpen, setEmbedOpen] = useState(false);
  const closeChooser = useCallback(() => setChooser(null), []);
  return { hover, setHover, listHover, setListHover, barHover, setBarHover, chooser, setChooser, closeChooser, embedOpen, setEmbedOpen };
}
