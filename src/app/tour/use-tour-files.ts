/** The user's own tour as a file: import (validated, each problem named) and export. */
import type { Lang } from '../../lib/lang.ts';
import { formatTourIssue, parseTourFile } from '../../state/tour.ts';
import type { UrlContext } from '../../state/url.ts';
import { saveText } from '../../ui/download.ts';
import { strings } from '../../ui/strings.ts';
import type { Note } from '../use-notices.ts';
import type { Presentation } from './use-presentation.ts';

export interface TourFiles {
  readonly importTour: (text: string) => void;
  readonly exportTour: () => void;
}

export function useTourFiles(presentation: Presentation, context: UrlContext, lang: Lang, notify: (note: Note) => void): TourFiles {
  const t = strings(lang);
  return {
    importTour(text) {
      const parsed = parseTourFile(text, context);
      if (parsed.ok) {
        presentation.setCustomTour(parsed.value);
        notify({ tone: 'info', text: t.tourImported(parsed.value.title[lang], parsed.value.steps.length) });
      } else {
        notify({ tone: 'error', text: t.tourRejected, items: parsed.error.slice(0, 8).map(formatTourIssue) });
      }
    },
    exportTour() {
      const tour = presentation.customTour;
      if (tour) saveText(`${JSON.stringify(tour, null, 2)}\n`, `${tour.id}.json`, 'application/json');
    },
  };
}
