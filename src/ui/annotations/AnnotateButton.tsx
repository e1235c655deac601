/** The tour player's *Annotate* button, shown on a step of one's own tour (loaded with the first such step). */
import type { Lang } from '../../lib/lang.ts';
import { annotationStrings } from './annotation-strings.ts';

export function AnnotateButton({ lang, open, onToggle }: { lang: Lang; open: boolean; onToggle: (open: boolean) => void }) {
  const t = annotationStrings(lang);
  return (
    <button type="button" className="annotate-button" aria-pressed={open} title={t.openLabel} onClick={() => onToggle(!open)}>
      {t.open}
    </button>
  );
}
