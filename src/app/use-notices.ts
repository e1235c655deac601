/** The notices the explorer shows: synthetic data, ignored URL parameters, data issues, map failures, the outcome of the user's last action, and a waiting update. */
import { useCallback, useMemo, useState } from 'react';
import { formatIssue, type ValidDataset } from '../data/validate.ts';
import type { Lang } from '../lib/lang.ts';
import type { IgnoredParam } from '../state/url.ts';
import type { NoticeItem } from '../ui/Notices.tsx';
import { strings } from '../ui/strings.ts';

/** An outcome to tell the user (an import, an export failure). */
export interface Note {
  readonly tone: 'info' | 'error';
  readonly text: string;
  readonly items?: readonly string[];
}

export interface Notices {
  readonly items: readonly NoticeItem[];
  /** The map's failure ('' clears it: e.g. the graphics context came back). */
  readonly reportMapError: (message: string) => void;
  readonly notify: (note: Note) => void;
}

export function useNotices(
  dataset: ValidDataset,
  failed: boolean,
  initialIgnored: readonly IgnoredParam[],
  lang: Lang,
  /** Switches to a waiting update of the app and reloads (offline/use-offline-update.ts); null while there is none. */
  update: (() => void) | null,
): Notices {
  const [ignored, setIgnored] = useState(initialIgnored);
  const [dataIssuesOpen, setDataIssuesOpen] = useState(dataset.issues.length > 0);
  const [mapError, setMapError] = useState<string | null>(null);
  const [note, setNote] = useState<Note | null>(null);
  const reportMapError = useCallback((message: string) => setMapError(message || null), []);
  const t = strings(lang);

  const items = useMemo(() => {
    const list: NoticeItem[] = [];
    if (dataset.synthetic) list.push({ id: 'synthetic-notice', tone: 'info', text: t.syntheticData(dataset.initiatives.length) });
    if (ignored.length > 0) {
      list.push({
        id: 'url-notice',
        tone: 'info',
        text: `${t.ignoredParams} ${ignored.map((i) => `${i.param}=${i.value} (${i.reason})`).join('; ')}`,
        onDismiss: () => setIgnored([]),
      });
    }
    if (dataIssuesOpen && dataset.issues.length > 0) {
      list.push({
        id: 'data-notice',
        tone: 'error',
        text: failed ? t.dataFailed : t.dataErrors(new Set(dataset.issues.map((i) => i.feature)).size),
        items: dataset.issues.slice(0, 8).map(formatIssue),
        onDismiss: () => setDataIssuesOpen(false),
      });
    }
    if (mapError) list.push({ id: 'map-notice', tone: 'error', text: `${t.mapFailed}: ${mapError}`, onDismiss: () => setMapError(null) });
    if (note) list.push({ id: 'app-notice', ...note, onDismiss: () => setNote(null) });
    if (update) list.push({ id: 'update-notice', tone: 'info', text: t.updateReady, action: { label: t.updateReload, run: update } });
    return list;
  }, [dataset, failed, ignored, dataIssuesOpen, mapError, note, update, t]);

  return { items, reportMapError, notify: setNote };
}
