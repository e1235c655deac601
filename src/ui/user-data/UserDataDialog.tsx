/**
 * "Your data" (loaded when first opened): open a file of one's own — read in this browser, never
 * uploaded — place a table's rows, see what was skipped and why, and keep, style or remove the
 * layers. Everything from the file is shown as text.
 */
import { useRef } from 'react';
import type { Lang } from '../../lib/lang.ts';
import type { Placement, UserLayer } from '../../user-data/types.ts';
import { useModalDialog } from '../use-modal-dialog.ts';
import type { OpenPhase } from './open-phase.ts';
import { PlacementForm } from './PlacementForm.tsx';
import { ReadReport } from './ReadReport.tsx';
import { userDataStrings } from './user-data-strings.ts';
import { UserLayerRow, type LayerPatch } from './UserLayerRow.tsx';

/** What the file picker offers; other files can still be dropped, and are then sniffed by their bytes. */
export const ACCEPTED_FILES = '.csv,.tsv,.txt,.xlsx,.geojson,.json,.kml,.kmz,.zip';

interface Props {
  readonly lang: Lang;
  readonly layers: readonly UserLayer[];
  readonly open: OpenPhase;
  readonly onOpenFile: (file: File) => void;
  readonly onPlace: (placement: Placement) => void;
  readonly onDismiss: () => void;
  readonly onUpdate: (id: string, patch: LayerPatch) => void;
  readonly onRemove: (id: string) => void;
  readonly onClose: () => void;
}

export function UserDataDialog(props: Props) {
  const { lang, layers, open } = props;
  const t = userDataStrings(lang);
  const dialog = useModalDialog();
  const input = useRef<HTMLInputElement>(null);
  const close = () => {
    if (open.phase === 'placing' || open.phase === 'failed' || open.phase === 'report') props.onDismiss();
    props.onClose();
  };
  return (
    <dialog
      ref={dialog}
      className="embed-dialog user-data-dialog"
      aria-labelledby="user-data-title"
      onClose={close}
      onCancel={close}
      data-testid="user-data-dialog"
    >
      <div className="dialog-header">
        <h2 id="user-data-title">{t.heading}</h2>
        <button type="button" className="icon-button" onClick={close} aria-label={t.close}>
          ×
        </button>
      </div>
      <p className="user-data-privacy">{t.privacy}</p>
      <div className="user-data-open">
        <button type="button" onClick={() => input.current?.click()} disabled={open.phase === 'reading'} data-testid="user-data-open">
          {t.openFile}
        </button>
        <input
          ref={input}
          type="file"
          accept={ACCEPTED_FILES}
          hidden
          data-testid="user-data-input"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) props.onOpenFile(file);
          }}
        />
        <span className="user-data-hint">{t.dropHint}</span>
      </div>
      <OpenSection {...props} />
      <section aria-labelledby="user-layers-title">
        <h3 id="user-layers-title">{t.layersHeading}</h3>
        {layers.length === 0 ? (
          <p className="user-data-hint">{t.noLayers}</p>
        ) : (
          <ul className="user-layer-list">
            {layers.map((layer) => (
              <UserLayerRow key={layer.id} lang={lang} layer={layer} onUpdate={props.onUpdate} onRemove={props.onRemove} />
            ))}
          </ul>
        )}
      </section>
    </dialog>
  );
}

function OpenSection({ lang, open, onPlace, onDismiss }: Props) {
  const t = userDataStrings(lang);
  switch (open.phase) {
    case 'idle':
      return null;
    case 'reading':
      return (
        <p role="status" className="user-data-status">
          {t.reading(open.name)}
        </p>
      );
    case 'failed':
      return (
        <div role="alert" className="user-data-error" data-testid="user-data-error">
          <strong>{t.couldNotRead(open.name)}</strong>
          <p>{open.error.message[lang]}</p>
          <button type="button" onClick={onDismiss}>
            {t.close}
          </button>
        </div>
      );
    case 'placing':
      return (
        <PlacementForm
          lang={lang}
          name={open.name}
          table={open.table}
          detection={open.detection}
          busy={open.busy}
          onPlace={onPlace}
          onCancel={onDismiss}
        />
      );
    case 'report':
      return <ReadReport lang={lang} name={open.name} result={open.result} table={open.table} onClose={onDismiss} />;
  }
}
