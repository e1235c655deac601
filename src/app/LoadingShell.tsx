/**
 * What shows while the dataset loads: the explorer's frame (header, side panel, map area)
 * with a loading note. The map starts at once over this frame's map area (start-map.ts), so
 * when the explorer takes over in the same place its canvas already has the right size: a
 * canvas resize at that moment stalled the page for 0.2–0.5 s on a software-rendered machine.
 */
import type { Lang } from '../lib/lang.ts';
import { strings } from '../ui/strings.ts';
import { AppHeader } from './AppHeader.tsx';

/** The loading frame's map area, where the early map is placed. */
export const MAP_SLOT_SELECTOR = '[data-map-slot]';

/** `failure`: why the explorer could not load; the frame then says so instead of "Loading…". */
export function LoadingShell({ lang, embed, failure }: { readonly lang: Lang; readonly embed: boolean; readonly failure?: string }) {
  const t = strings(lang);
  const note =
    failure === undefined ? (
      <p className="loading" role="status">
        {t.loading}
      </p>
    ) : (
      <p className="loading load-failed" role="alert">
        {t.appFailed} ({failure})
      </p>
    );
  return (
    <div className={embed ? 'app embed' : 'app'}>
      {!embed && <AppHeader lang={lang} />}
      <main className="workspace">
        {!embed && <aside className="sidebar">{note}</aside>}
        <div className="map-area" data-map-slot="">
          {embed && note}
        </div>
      </main>
    </div>
  );
}
