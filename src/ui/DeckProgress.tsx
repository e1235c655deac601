/** Progress of a PowerPoint deck being made, with a way to stop it. */
import type { Lang } from '../lib/lang.ts';
import { strings } from './strings.ts';

interface Props {
  readonly lang: Lang;
  readonly progress: { readonly done: number; readonly total: number };
  readonly onCancel: () => void;
}

export function DeckProgress({ lang, progress, onCancel }: Props) {
  const t = strings(lang);
  return (
    <div className="deck-progress" role="status" data-testid="deck-progress">
      <span>{t.deckProgress(progress.done, progress.total)}</span>
      <progress max={progress.total} value={progress.done} aria-label={t.deckProgressLabel} />
      <button type="button" onClick={onCancel}>
        {t.cancel}
      </button>
    </div>
  );
}
