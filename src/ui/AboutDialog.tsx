/** "About this data" as a modal dialog (loaded when first opened): the About panel, focus returned to the opener on close. */
import { useModalDialog } from './use-modal-dialog.ts';
import type { DatasetMetadata } from '../data/initiative.ts';
import type { Lang } from '../lib/lang.ts';
import { AboutPanel } from './AboutPanel.tsx';

interface Props {
  readonly lang: Lang;
  readonly metadata: DatasetMetadata | undefined;
  readonly onClose: () => void;
}

export function AboutDialog({ lang, metadata, onClose }: Props) {
  const dialog = useModalDialog();
  return (
    <dialog
      ref={dialog}
      className="embed-dialog about-dialog"
      aria-labelledby="about-title"
      onClose={onClose}
      onCancel={onClose}
      data-testid="about-dialog"
    >
      <AboutPanel lang={lang} metadata={metadata} onClose={onClose} />
    </dialog>
  );
}
