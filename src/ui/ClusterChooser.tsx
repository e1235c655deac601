/** Opens a cluster whose members share one place (e.g. India's country-level outcomes). */
import { useEffect, useRef } from 'react';
import type { Initiative } from '../data/initiative.ts';
import type { Lang } from '../lib/lang.ts';
import { pillarColor } from '../picture/palette.ts';
import { strings } from './strings.ts';

interface Props {
  readonly initiatives: readonly Initiative[];
  readonly x: number;
  readonly y: number;
  readonly lang: Lang;
  readonly onSelect: (id: string) => void;
  readonly onClose: () => void;
}

export function ClusterChooser({ initiatives, x, y, lang, onSelect, onClose }: Props) {
  const t = strings(lang);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // Focus moves into the list and returns to where it was when the list closes.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    first.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      opener?.focus({ preventScroll: true });
    };
  }, [onClose]);

  return (
    <div
      className="cluster-chooser"
      role="dialog"
      aria-label={t.clusterHeading(initiatives.length)}
      style={{ left: x, top: y }}
      data-testid="cluster-chooser"
    >
      <div className="chooser-header">
        <strong>{t.clusterHeading(initiatives.length)}</strong>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t.close}>
          ×
        </button>
      </div>
      <ul>
        {initiatives.map((initiative, index) => (
          <li key={initiative.id}>
            <button type="button" ref={index === 0 ? first : undefined} data-id={initiative.id} onClick={() => onSelect(initiative.id)}>
              <span className="swatch" style={{ background: pillarColor(initiative.properties.pillar) }} aria-hidden="true" />
              {initiative.properties.title[lang]}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
