/**
 * The user's own layers: opening a file (read and placed in a worker, src/user-data/), the
 * placement a table needs before it is drawn, the report of what was skipped, and the layers
 * themselves — shown, styled, renamed, removed, and kept in this browser only (layer-store.ts).
 * Nothing here sends a byte anywhere: the reader, the worker and the store are all local.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../lib/error-message.ts';
import type { Lang } from '../../lib/lang.ts';
import type { UserFeaturePick } from '../../map/owner/map-events.ts';
import type { Note } from '../use-notices.ts';
import { KEPT_DATABASE } from './kept-database.ts';
import type { OpenPhase } from '../../ui/user-data/open-phase.ts';
import type { LayerPatch } from '../../ui/user-data/UserLayerRow.tsx';
import type { Placement, UserFeatures, UserFileKind, UserLayer } from '../../user-data/types.ts';

/** How many layers of one's own at once: each is a source and a few layers on the map. */
export const MAX_USER_LAYERS = 5;

export interface UserLayers {
  readonly layers: readonly UserLayer[];
  readonly open: OpenPhase;
  /** The "Your data" dialog is open (it opens by itself when a file is dropped on the map). */
  readonly dialogOpen: boolean;
  setDialogOpen(open: boolean): void;
  /** Reads a file (from the button or a drop); a table waits for its placement. */
  openFile(file: File): void;
  /** Places the table's rows as chosen and adds the layer. */
  place(placement: Placement): void;
  /** Closes the open file's dialog phase (a report or a failure), or abandons a placement. */
  dismiss(): void;
  update(id: string, patch: LayerPatch): void;
  remove(id: string): void;
  /** The user's feature under the pointer or clicked (the map reports it where none of ours is). */
  readonly picked: { readonly pick: UserFeaturePick; readonly pinned: boolean } | null;
  pick(pick: UserFeaturePick | null, kind: 'hover' | 'click'): void;
  /** Adds layers that came with something else (a tour file), not from a file the user opened. */
  addLayers(layers: readonly UserLayer[]): void;
}

type Reader = typeof import('../../user-data/read-in-worker.ts');
const loadReader = (): Promise<Reader> => import('../../user-data/read-in-worker.ts');
type Store = typeof import('./layer-store.ts');
const loadStore = (): Promise<Store> => import('./layer-store.ts');

/**
 * Whether this browser may hold kept layers: false when it certainly holds none (no database of ours),
 * so a visitor who never kept a layer does not load the store.
 */
async function keptAny(): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  if (typeof indexedDB.databases !== 'function') return true;
  const databases = await indexedDB.databases();
  return databases.some((db) => db.name === KEPT_DATABASE);
}

/**
 * `kept`: whether the layers kept from an earlier visit are shown. Not in an embed: a host page shows its own
 * picture, and a reader's private files must not appear in someone else's page (nor cost it IndexedDB).
 */
export function useUserLayers(lang: Lang, notify: (note: Note) => void, { kept: showKept }: { kept: boolean }): UserLayers {
  const [layers, setLayers] = useState<readonly UserLayer[]>([]);
  const [open, setOpen] = useState<OpenPhase>({ phase: 'idle' });
  const [dialogOpen, setDialogOpen] = useState(false);
  const [picked, setPicked] = useState<UserLayers['picked']>(null);
  const pick = useCallback((next: UserFeaturePick | null, kind: 'hover' | 'click') => {
    setPicked((now) => {
      if (kind === 'click') return next ? { pick: next, pinned: true } : null;
      // A hover does not move or close a clicked card.
      if (now?.pinned) return now;
      return next ? { pick: next, pinned: false } : null;
    });
  }, []);
  const reading = useRef<AbortController | null>(null);
  const latest = useRef(layers);
  latest.current = layers;
  const words = useRef({ lang, notify });
  words.current = { lang, notify };

  // The layers kept from an earlier visit come back after the first render (the store loads then).
  useEffect(() => {
    if (!showKept) return;
    let live = true;
    keptAny()
      .then((any) => (any ? loadStore().then((store) => store.loadLayers()) : { layers: [], damaged: [] }))
      .then(({ layers: kept, damaged }) => {
        if (!live) return;
        if (kept.length > 0) setLayers((now) => [...kept.filter((k) => !now.some((l) => l.id === k.id)), ...now]);
        if (damaged.length > 0) words.current.notify({ tone: 'error', text: keptDamaged(damaged, words.current.lang) });
      })
      .catch(() => {
        // No IndexedDB (a private window may refuse it): nothing was kept, and there is nothing to say until a layer is added.
      });
    return () => {
      live = false;
    };
  }, [showKept]);

  const persist = useCallback((action: (store: Store) => Promise<void>) => {
    loadStore()
      .then(action)
      .catch((error: unknown) =>
        words.current.notify({ tone: 'error', text: `${storageFailed(words.current.lang)} (${errorMessage(error)})` }),
      );
  }, []);

  const addLayer = useCallback(
    (name: string, fileKind: UserFileKind, result: UserFeatures) => {
      const layer: UserLayer = {
        id: newId(),
        name: name.replace(/\.[^.]+$/, '') || name,
        source: '',
        fileName: name,
        fileKind,
        features: result.features,
        fields: result.fields,
        rejectedCount: result.rejected.length,
        style: { colourBy: null, sizeBy: null },
        visible: true,
      };
      if (layer.features.length > 0) {
        setLayers((now) => [...now, layer]);
        persist((store) => store.saveLayer(layer));
      }
    },
    [persist],
  );

  const openFile = useCallback(
    (file: File) => {
      if (latest.current.length >= MAX_USER_LAYERS) {
        setDialogOpen(true);
        setOpen({
          phase: 'failed',
          name: file.name,
          error: { code: 'too-large', message: tooMany(MAX_USER_LAYERS) },
        });
        return;
      }
      setDialogOpen(true);
      reading.current?.abort();
      const controller = new AbortController();
      reading.current = controller;
      setOpen({ phase: 'reading', name: file.name });
      loadReader()
        .then((reader) => reader.readInWorker(file, controller.signal))
        .then((read) => {
          if (controller.signal.aborted) return;
          if (!read.ok) return setOpen({ phase: 'failed', name: file.name, error: read.error });
          const outcome = read.value;
          if (outcome.kind === 'table') {
            setOpen({
              phase: 'placing',
              name: file.name,
              fileKind: outcome.fileKind,
              table: outcome.table,
              detection: outcome.detection,
              busy: false,
            });
          } else {
            addLayer(file.name, outcome.fileKind, outcome.result);
            setOpen({ phase: 'report', name: file.name, result: outcome.result, table: null });
          }
        })
        .catch((error: unknown) => {
          if (controller.signal.aborted) return;
          setOpen({
            phase: 'failed',
            name: file.name,
            error: { code: 'unreadable', message: { en: errorMessage(error), ja: errorMessage(error) } },
          });
        });
    },
    [addLayer],
  );

  const place = useCallback(
    (placement: Placement) => {
      setOpen((now) => {
        if (now.phase !== 'placing' || now.busy) return now;
        const { name, fileKind, table } = now;
        loadReader()
          .then((reader) => reader.placeInWorker(table, placement))
          .then((placed) => {
            if (!placed.ok) return setOpen({ phase: 'failed', name, error: placed.error });
            addLayer(name, fileKind, placed.value);
            setOpen({ phase: 'report', name, result: placed.value, table });
          })
          .catch((error: unknown) =>
            setOpen({
              phase: 'failed',
              name,
              error: { code: 'unreadable', message: { en: errorMessage(error), ja: errorMessage(error) } },
            }),
          );
        return { ...now, busy: true };
      });
    },
    [addLayer],
  );

  const dismiss = useCallback(() => {
    reading.current?.abort();
    setOpen({ phase: 'idle' });
  }, []);

  const update = useCallback(
    (id: string, patch: LayerPatch) => {
      const layer = latest.current.find((l) => l.id === id);
      if (!layer) return;
      const next: UserLayer = { ...layer, ...patch, style: { ...layer.style, ...patch.style } };
      setLayers((now) => now.map((l) => (l.id === id ? next : l)));
      persist((store) => store.saveMeta(next));
    },
    [persist],
  );

  const remove = useCallback(
    (id: string) => {
      setLayers((now) => now.filter((l) => l.id !== id));
      persist((store) => store.deleteLayer(id));
    },
    [persist],
  );

  const addLayers = useCallback(
    (added: readonly UserLayer[]) => {
      const fresh = added
        .filter((layer) => !latest.current.some((l) => l.id === layer.id))
        .slice(0, MAX_USER_LAYERS - latest.current.length);
      if (fresh.length === 0) return;
      setLayers((now) => [...now, ...fresh]);
      for (const layer of fresh) persist((store) => store.saveLayer(layer));
    },
    [persist],
  );

  return { layers, open, dialogOpen, setDialogOpen, picked, pick, openFile, place, dismiss, update, remove, addLayers };
}

function newId(): string {
  return crypto.randomUUID().slice(0, 8);
}

const keptDamaged = (names: readonly string[], lang: Lang) =>
  lang === 'ja'
    ? `このブラウザに保存された自分のレイヤーのうち${names.length}個を読み込めませんでした：${names.join('、')}`
    : `${names.length} of your kept layers could not be read back from this browser: ${names.join(', ')}`;
const storageFailed = (lang: Lang) =>
  lang === 'ja'
    ? 'レイヤーは表示していますが、このブラウザに保存できませんでした。再読み込みすると消えます'
    : 'The layer is shown but could not be kept in this browser; it will be gone after a reload';
const tooMany = (n: number) => ({
  en: `At most ${n} layers of your own: remove one before opening another.`,
  ja: `自分のレイヤーは${n}個までです。別のファイルを開く前にどれかを削除してください。`,
});
