/**
 * The tours menu's body, loaded when the menu is first opened (ToursMenu.tsx): starting tours and
 * autoplay, and the user's own tour — save steps, edit them (TourEditor.tsx), export, import, share.
 */
import { useRef, useState } from 'react';
import type { Lang } from '../../lib/lang.ts';
import type { Tour } from '../../state/tour.ts';
import { strings } from '../strings.ts';
import { TourEditor, type TourEditorActions } from './TourEditor.tsx';
import { tourEditorStrings } from './tour-editor-strings.ts';

export interface ToursMenuProps {
  readonly lang: Lang;
  readonly builtIn: readonly Tour[];
  readonly autoplay: readonly Tour[];
  readonly custom: Tour | null;
  readonly onStart: (id: string, play: boolean) => void;
  readonly onSaveStep: (caption: string) => void;
  readonly onExport: () => void;
  readonly onImport: (text: string) => void;
  /** A link carrying the user's own tour, or why there is none. */
  readonly onShare: () => Promise<{ readonly ok: true; readonly url: string } | { readonly ok: false; readonly message: string }>;
  /** The tour or autoplay sequence on screen, which "Download as PowerPoint" makes a deck of. */
  readonly current: Tour | null;
  readonly onDownloadDeck: (tourId: string) => void;
  /** Editing the user's own tour. */
  readonly editor: TourEditorActions;
}

export function ToursMenuBody({
  lang,
  builtIn,
  autoplay,
  custom,
  onStart,
  onSaveStep,
  onExport,
  onImport,
  onShare,
  current,
  onDownloadDeck,
  editor,
}: ToursMenuProps) {
  const t = strings(lang);
  const te = tourEditorStrings(lang);
  const [caption, setCaption] = useState('');
  // The link made last (with whether the clipboard took it), or why none could be made; a new step makes it stale.
  // The link made last for the tour as it is (with whether the clipboard took it), or why none could be made; an edit makes it stale.
  const [made, setShared] = useState<{ of: Tour | null; shown: { url: string; copied: boolean } | { message: string } }>({
    of: null,
    shown: { message: '' },
  });
  const shared = made.of === custom && custom ? made.shown : null;
  const share = async () => {
    const link = await onShare();
    if (!link.ok) return setShared({ of: custom, shown: { message: link.message } });
    const copied = await navigator.clipboard?.writeText(link.url).then(
      () => true,
      () => false,
    );
    setShared({ of: custom, shown: { url: link.url, copied: copied ?? false } });
  };
  const file = useRef<HTMLInputElement>(null);
  const [editing, setEditing] = useState(false);
  return (
    <div className="menu-body tours-menu">
      {current && (
        <div className="menu-buttons">
          <button
            type="button"
            data-testid="download-deck"
            onClick={(event) => {
              event.currentTarget.closest('details')?.removeAttribute('open');
              onDownloadDeck(current.id);
            }}
          >
            {t.downloadDeckOf(current.title[lang])}
          </button>
        </div>
      )}
      <p className="menu-title">{t.toursBuiltIn}</p>
      <TourList tours={builtIn} lang={lang} action="start" onStart={onStart} />
      <p className="menu-title">{t.toursAutoplay}</p>
      <TourList tours={autoplay} lang={lang} action="play" onStart={onStart} />
      <p className="menu-title">{t.myTour}</p>
      {custom && <TourList tours={[custom]} lang={lang} action="start" onStart={onStart} />}
      {(custom || editor.undoable > 0) && (
        <button
          type="button"
          className="link-button"
          aria-expanded={editing}
          aria-controls="tour-editor"
          data-testid="edit-tour"
          onClick={() => setEditing((open) => !open)}
        >
          {editing ? te.close : te.open}
        </button>
      )}
      {editing && <TourEditor id="tour-editor" lang={lang} tour={custom} {...editor} />}
      <form
        className="save-step"
        onSubmit={(event) => {
          event.preventDefault();
          onSaveStep(caption);
          setCaption('');
        }}
      >
        <label>
          <span className="visually-hidden">{t.stepCaption}</span>
          <input
            type="text"
            value={caption}
            maxLength={300}
            placeholder={t.stepCaption}
            onChange={(event) => setCaption(event.target.value)}
          />
        </label>
        <button type="submit" data-testid="save-step">
          {t.saveStep}
        </button>
      </form>
      <div className="menu-buttons">
        <button type="button" onClick={onExport} disabled={!custom} data-testid="export-tour">
          {t.exportTour}
        </button>
        <button type="button" onClick={() => void share()} disabled={!custom} data-testid="share-tour">
          {t.shareTour}
        </button>
        <button type="button" onClick={() => file.current?.click()}>
          {t.importTour}
        </button>
        <input
          ref={file}
          type="file"
          accept="application/json,.json"
          hidden
          data-testid="import-tour"
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            event.target.value = '';
            if (chosen) void chosen.text().then(onImport);
          }}
        />
      </div>
      {shared && 'url' in shared && (
        <div className="tour-link" data-testid="tour-link">
          <label>
            <span>{t.tourLinkLabel}</span>
            <input type="text" readOnly value={shared.url} onFocus={(event) => event.currentTarget.select()} data-testid="tour-link-url" />
          </label>
          <p className="menu-note">{shared.copied ? t.tourLinkCopied : t.tourLinkShown}</p>
        </div>
      )}
      {shared && 'message' in shared && (
        <p className="menu-note menu-error" role="alert" data-testid="tour-link-error">
          {shared.message}
        </p>
      )}
    </div>
  );
}

function TourList({
  tours,
  lang,
  action,
  onStart,
}: {
  tours: readonly Tour[];
  lang: Lang;
  action: 'start' | 'play';
  onStart: (id: string, play: boolean) => void;
}) {
  const t = strings(lang);
  return (
    <ul>
      {tours.map((tour) => (
        <li key={tour.id}>
          <span className="tour-name">{tour.title[lang]}</span>
          <span className="tour-steps">{t.steps(tour.steps.length)}</span>
          <button
            type="button"
            {...(action === 'play' ? { 'data-play-tour': tour.id } : { 'data-start-tour': tour.id })}
            onClick={(event) => {
              // The menu closes once a tour starts, so the map and the caption are clear.
              event.currentTarget.closest('details')?.removeAttribute('open');
              onStart(tour.id, action === 'play');
            }}
          >
            {action === 'play' ? t.playTour : t.startTour}
          </button>
        </li>
      ))}
    </ul>
  );
}
