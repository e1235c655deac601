/** The embed snippet and share link for the current view, with a QR code for the audience. */
import { useState } from 'react';
import { useModalDialog } from './use-modal-dialog.ts';
import type { Lang } from '../lib/lang.ts';
import { QrCode } from './QrCode.tsx';
import { strings } from './strings.ts';

interface Props {
  readonly lang: Lang;
  /** Absolute link to the current view. */
  readonly link: string;
  /** Absolute link to the same view in embed mode. */
  readonly embedLink: string;
  readonly onClose: () => void;
}

export function iframeSnippet(embedLink: string, title: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${escape(embedLink)}" title="${escape(title)}" width="100%" height="480" style="border:0" loading="lazy" allow="fullscreen"></iframe>`;
}

export function EmbedDialog({ lang, link, embedLink, onClose }: Props) {
  const t = strings(lang);
  const dialog = useModalDialog();
  const [copied, setCopied] = useState<string | null>(null);
  const snippet = iframeSnippet(embedLink, t.mapTitleForIframe);

  const copy = (text: string, what: string) => {
    void navigator.clipboard?.writeText(text).then(() => setCopied(what));
  };

  return (
    <dialog
      ref={dialog}
      className="embed-dialog"
      aria-labelledby="embed-title"
      onClose={onClose}
      onCancel={onClose}
      data-testid="embed-dialog"
    >
      <div className="dialog-header">
        <h2 id="embed-title">{t.embedTitle}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t.close}>
          ×
        </button>
      </div>
      <p>{t.embedSnippet}</p>
      <textarea readOnly value={snippet} rows={3} data-testid="embed-snippet" onFocus={(event) => event.target.select()} />
      <button type="button" onClick={() => copy(snippet, 'snippet')}>
        {copied === 'snippet' ? t.copied : t.copy}
      </button>
      <p>{t.embedLink}</p>
      <input readOnly value={link} data-testid="share-link" onFocus={(event) => event.target.select()} />
      <button type="button" onClick={() => copy(link, 'link')}>
        {copied === 'link' ? t.copied : t.copy}
      </button>
      <div className="qr">
        <QrCode value={link} label={t.embedQr} />
        <span>{t.embedQr}</span>
      </div>
    </dialog>
  );
}
