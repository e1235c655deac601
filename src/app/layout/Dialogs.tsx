/** The dialogs over the explorer: "About this data" and "Embed or share", each loaded when first opened (the embed dialog carries a QR code encoder). */
import { lazy, Suspense } from 'react';
import { serializeUrl } from '../../state/url.ts';
import { shareQuery } from './MapOverlays.tsx';
import type { Workspace } from './workspace.ts';

const EmbedDialog = lazy(() => import('../../ui/EmbedDialog.tsx').then((module) => ({ default: module.EmbedDialog })));
const UserDataDialog = lazy(() => import('../../ui/user-data/UserDataDialog.tsx').then((module) => ({ default: module.UserDataDialog })));
const AboutDialog = lazy(() => import('../../ui/AboutDialog.tsx').then((module) => ({ default: module.AboutDialog })));

export function Dialogs({
  workspace,
  aboutOpen,
  onCloseAbout,
}: {
  readonly workspace: Workspace;
  readonly aboutOpen: boolean;
  readonly onCloseAbout: () => void;
}) {
  const { explorer, pointer, userLayers } = workspace;
  const { state, dataset } = explorer;
  const base = `${window.location.origin}${window.location.pathname}`;
  return (
    <>
      {aboutOpen && (
        <Suspense fallback={null}>
          <AboutDialog lang={state.lang} metadata={dataset.metadata} onClose={onCloseAbout} />
        </Suspense>
      )}
      {userLayers.dialogOpen && (
        <Suspense fallback={null}>
          <UserDataDialog
            lang={state.lang}
            layers={userLayers.layers}
            open={userLayers.open}
            onOpenFile={userLayers.openFile}
            onPlace={userLayers.place}
            onDismiss={userLayers.dismiss}
            onUpdate={userLayers.update}
            onRemove={userLayers.remove}
            onClose={() => userLayers.setDialogOpen(false)}
          />
        </Suspense>
      )}
      {pointer.embedOpen && (
        <Suspense fallback={null}>
          <EmbedDialog
            lang={state.lang}
            link={`${base}${shareQuery(state)}`}
            embedLink={`${base}?${serializeUrl({ ...state, embed: true })}`}
            onClose={() => pointer.setEmbedOpen(false)}
          />
        </Suspense>
      )}
    </>
  );
}
