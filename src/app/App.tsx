/** Loads the dataset, then hands over to the explorer. */
import { useEffect, useState } from 'react';
import type { DataIssue, ValidDataset } from '../data/validate.ts';
import { SYNTHETIC_SIZES } from '../data/synthetic-names.ts';
import { Explorer } from './Explorer.tsx';
import { loadDataset } from './load-dataset.ts';
import { LoadingShell } from './LoadingShell.tsx';
import { OPENED } from './page-url.ts';

type Loaded = { status: 'loading' } | { status: 'ready'; dataset: ValidDataset } | { status: 'failed'; issues: DataIssue[] };

export function App() {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    void loadDataset().then(async (result) => {
      if (!live) return;
      if (!result.ok) {
        setLoaded({ status: 'failed', issues: result.error });
        return;
      }
      // ?data=synthetic-100k: a deterministic synthetic dataset of that size, for scale testing.
      // Its generator is loaded only then.
      const { data } = OPENED;
      let dataset = result.value;
      if (data !== 'real') {
        const { syntheticInitiatives } = await import('../data/synthetic.ts');
        dataset = {
          ...result.value,
          initiatives: syntheticInitiatives(SYNTHETIC_SIZES[data], 1, result.value.initiatives),
          synthetic: true,
        };
      }
      if (live) setLoaded({ status: 'ready', dataset });
    });
    return () => {
      live = false;
    };
  }, []);

  if (loaded.status === 'loading') {
    // The URL is read in full (and its errors reported) by the explorer; the frame needs only these two.
    return <LoadingShell lang={OPENED.lang} embed={OPENED.embed} />;
  }
  const dataset = loaded.status === 'ready' ? loaded.dataset : { metadata: undefined, initiatives: [], issues: loaded.issues };
  return <Explorer dataset={dataset} failed={loaded.status === 'failed'} />;
}
