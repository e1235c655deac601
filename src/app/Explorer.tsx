/**
 * The explorer: wires URL ⇄ state ⇄ filtering ⇄ map ⇄ panels. The state and the filter result are
 * use-explorer-state.ts's, what the person can change is use-explorer-actions.ts's, tours are
 * tour/use-presentation.ts's, and everything the explorer makes is a job (jobs/use-jobs.ts); what
 * the page shows in each mode is app-mode.ts's, and the layout is layout/'s.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Annotation } from '../data/annotation.ts';
import { isFiltered } from '../data/filters.ts';
import type { ValidDataset } from '../data/validate.ts';
import type { Lang } from '../lib/lang.ts';
import type { MapHandle } from '../map/owner/map-handle.ts';
import { Notices } from '../ui/Notices.tsx';
import { strings } from '../ui/strings.ts';
import { AppHeader } from './AppHeader.tsx';
import { appMode, chromeOf } from './app-mode.ts';
import type { ImageContext } from './jobs/image-overlay.ts';
import { useJobs } from './jobs/use-jobs.ts';
import { Dialogs } from './layout/Dialogs.tsx';
import { MapArea } from './layout/MapArea.tsx';
import { Sidebar } from './layout/Sidebar.tsx';
import type { Workspace } from './layout/workspace.ts';
import { OPENED } from './page-url.ts';
import { usePresentation } from './tour/use-presentation.ts';
import { useAnnotating } from './tour/use-annotating.ts';
import { useTourFiles } from './tour/use-tour-files.ts';
import { useAutomation } from './use-automation.ts';
import { useCommits, useCommitted } from './use-commits.ts';
import { useElementSize } from './use-element-size.ts';
import { useEmbedApi } from './use-embed-api.ts';
import { useExplorerActions } from './use-explorer-actions.ts';
import { useExplorerState } from './use-explorer-state.ts';
import { useFullscreen } from './use-fullscreen.ts';
import { useLatest } from './use-latest.ts';
import { useMapPointer } from './use-map-pointer.ts';
import { useNotices } from './use-notices.ts';
import { useOfflineUpdate } from './offline/use-offline-update.ts';
import { useProfile } from './use-profile.ts';
import { useUserLayers } from './user-layers/use-user-layers.ts';

const NO_ANNOTATIONS: readonly Annotation[] = [];

export function Explorer({ dataset, failed }: { dataset: ValidDataset; failed: boolean }) {
  const explorer = useExplorerState(dataset);
  const { state, setState, context, matching, byId } = explorer;
  const { lang } = state;
  const map = useRef<MapHandle>(null);
  const mapArea = useRef<HTMLDivElement>(null);
  const mapSize = useElementSize(mapArea);
  const pointer = useMapPointer();
  const update = useOfflineUpdate(map);
  const notices = useNotices(dataset, failed, explorer.initial.ignored, lang, update);
  const fullscreen = useFullscreen();
  const [aboutOpen, setAboutOpen] = useState(false);
  const userLayers = useUserLayers(lang, notices.notify, { kept: !state.embed });
  const profile = useProfile({ profile: state.profile, setState, map });
  const actions = useExplorerActions({ setState, byId, map, closeChooser: pointer.closeChooser, profile });

  const commits = useCommits<ImageContext>();
  const presentation = usePresentation({ standard: explorer.standard, state, setState, context, map, committed: commits.committed });
  const annotating = useAnnotating(presentation);
  const shownStep = presentation.active?.steps[presentation.step];
  const caption = shownStep?.caption[lang] ?? null;
  const annotations = shownStep?.annotations ?? NO_ANNOTATIONS;
  // The page as it is drawn: what exports draw over the map, and what a shown step resolves with.
  const overlays = userLayers.layers;
  const page = useMemo<ImageContext>(
    () => ({ state, matching, dataset, caption, overlays, annotations }),
    [state, matching, dataset, caption, overlays, annotations],
  );
  const latestPage = useLatest(page);
  const latestPresentation = useLatest(presentation);
  const latestMapSize = useLatest(mapSize);
  const jobs = useJobs({
    map,
    page: latestPage,
    presentation: latestPresentation,
    setState,
    notify: notices.notify,
    mapSize: latestMapSize,
  });
  const tourFiles = useTourFiles(presentation, context, lang, notices.notify, userLayers);
  const tourIds = useMemo(() => [...presentation.tours.keys()], [presentation.tours]);
  useEmbedApi(state, context, tourIds, {
    setState,
    fly: (view) => map.current?.fly(view),
    startTour: presentation.start,
    tourAction: presentation.act,
  });
  useAutomation(map, jobs, latestPresentation, latestPage);
  usePageTitle(lang);
  useRevealOpenedLink(explorer, map);
  useEscapeDeselects(actions.deselect, pointer.chooser !== null || presentation.active !== null);
  useCommitted(commits, page, explorer.applied);

  const mode = appMode({ embed: state.embed, fullscreen: fullscreen.active, touring: presentation.active !== null });
  const chrome = chromeOf(mode);
  const hoveredId = pointer.listHover ?? (pointer.hover?.ids.length === 1 ? (pointer.hover.ids[0] ?? null) : null);
  const workspace: Workspace = {
    explorer,
    actions,
    presentation,
    annotating,
    tourFiles,
    jobs,
    pointer,
    notices,
    userLayers,
    chrome,
    fullscreen,
    map,
    mapArea,
    mapSize,
    instrument: OPENED.debug,
    openAbout: () => setAboutOpen(true),
  };

  return (
    <div className={chrome.className}>
      {chrome.header && <AppHeader lang={lang} onSwitchLanguage={actions.switchLanguage} />}
      <Notices notices={notices.items} dismissLabel={strings(lang).dismiss} />
      <main className="workspace">
        {chrome.sidebar && <Sidebar explorer={explorer} actions={actions} pointer={pointer} hovered={hoveredId} />}
        <MapArea workspace={workspace} />
      </main>
      <Dialogs workspace={workspace} aboutOpen={aboutOpen} onCloseAbout={() => setAboutOpen(false)} />
    </div>
  );
}

/** The page's language and title follow the interface's. */
function usePageTitle(lang: Lang): void {
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = lang === 'ja' ? 'FOIP Atlas — 進化版FOIPの取組地図' : 'FOIP Atlas — map of FOIP initiatives';
  }, [lang]);
}

/** A shared link to an initiative without a camera opens with that initiative in view (once, for the link the page was opened with). */
function useRevealOpenedLink({ initial, byId }: Pick<Workspace['explorer'], 'initial' | 'byId'>, map: Workspace['map']): void {
  const [opened] = useState(initial.state);
  useEffect(() => {
    const target = opened.selected ? byId.get(opened.selected) : undefined;
    if (target && !opened.view && !isFiltered(opened.filters)) map.current?.reveal(target);
  }, [opened, byId, map]);
}

/** Escape closes the detail panel, unless it closes a chooser or leaves a tour first. */
function useEscapeDeselects(deselect: () => void, escapeTaken: boolean): void {
  useEffect(() => {
    if (escapeTaken) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') deselect();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [deselect, escapeTaken]);
}
