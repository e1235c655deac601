/** Loads the dataset, then hands over to the explorer. */
import { useEffect, useState } from 'react';
import { isSyntheticName, SYNTHETIC_SIZES, syntheticInitiatives } from '../data/synthetic.ts';
import type { DataIssue, ValidDataset } from '../data/validate.ts';
import { frameParams } from '../state/frame-params.ts';
import { Explorer } from './Explorer.tsx';
import { loadDataset } from './load-dataset.ts';
import { LoadingShell } from './LoadingShell.tsx';

type Loaded = { status: 'loading' } | { status: 'ready'; dataset: ValidDataset } | { status: 'failed'; issues: DataIssue[] };

export function App() {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    void loadDataset().then((result) => {
      if (!live) return;
      if (!result.ok) {
        setLoaded({ status: 'failed', issues: result.error });
        return;
      }
      // ?data=synthetic-100k: a deterministic synthetic dataset of that size, for scale testing.
      const data = new URLSearchParams(window.location.search).get('data') ?? '';
      const dataset = isSyntheticName(data)
        ? { ...result.value, initiatives: syntheticInitiatives(SYNTHETIC_SIZES[data], 1, result.value.initiatives), synthetic: true }
        : result.value;
      setLoaded({ status: 'ready', dataset });
    });
    return () => {
      live = false;
    };
  }, []);

  if (loaded.status === 'loading') {
    // The URL is read in full (and its errors reported) by the explorer; the frame needs only these two.
    const { lang, embed } = frameParams(window.location.search);
    return <LoadingShell lang={lang} embed={embed} />;
  }
  const dataset = loaded.status === 'ready' ? loaded.dataset : { metadata: undefined, initiatives: [], issues: loaded.issues };
  return <Explorer dataset={dataset} failed={loaded.status === 'failed'} />;
}
