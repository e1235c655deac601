/** The list of initiatives: the accessible view of the map, synchronised with it. */
import { useEffect, useRef } from 'react';
import { countryName } from '../data/countries.ts';
import type { Initiative } from '../data/initiative.ts';
import { PILLAR_SHORT, SCOPE_LABELS } from '../data/labels.ts';
import type { Lang } from '../lib/lang.ts';
import { pillarColor } from '../map/palette.ts';
import { strings } from './strings.ts';

interface Props {
  /** The matching initiatives. */
  readonly initiatives: readonly Initiative[];
  /** How many the dataset holds. */
  readonly total?: number;
  readonly selected: string | null;
  readonly hovered: string | null;
  readonly lang: Lang;
  readonly onSelect: (id: string) => void;
  readonly onHover: (id: string | null) => void;
}

export function InitiativeList({ initiatives, total, selected, hovered, lang, onSelect, onHover }: Props) {
  const t = strings(lang);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (!selected) return;
    const row = list.current?.querySelector<HTMLElement>(`[data-id="${CSS.escape(selected)}"]`);
    row?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  return (
    <section className="list-panel" aria-labelledby="list-heading">
      <h2 id="list-heading" className="panel-heading">
        {t.listHeading}{' '}
        <span className="count" data-testid="list-count" aria-live="polite">
          {total !== undefined && total !== initiatives.length ? t.countOf(initiatives.length, total) : t.count(initiatives.length)}
        </span>
      </h2>
      {initiatives.length === 0 && <p className="empty">{t.noMatch}</p>}
      <ol className="initiative-list" ref={list} aria-label={t.listLabel} onMouseLeave={() => onHover(null)}>
        {initiatives.map((initiative) => {
          const { id, properties } = initiative;
          return (
            <li key={id} data-id={id} className={id === hovered ? 'hovered' : undefined}>
              <button
                type="button"
                aria-current={id === selected ? 'true' : undefined}
                onClick={() => onSelect(id)}
                onMouseEnter={() => onHover(id)}
                onFocus={() => onHover(id)}
              >
                <span className="swatch" style={{ background: pillarColor(properties.pillar) }} aria-hidden="true" />
                <span className="row-text">
                  <span className="row-title">{properties.title[lang]}</span>
                  <span className="row-meta">
                    <span className="visually-hidden">{PILLAR_SHORT[properties.pillar][lang]} · </span>
                    {whereText(initiative, lang)}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** "Philippines, Djibouti" or "ASEAN-wide"; long lists are shortened. */
export function whereText(initiative: Initiative, lang: Lang): string {
  const { scope, countries } = initiative.properties;
  if (scope) return SCOPE_LABELS[scope][lang];
  const names = countries.map((c) => countryName(c, lang));
  const separator = lang === 'ja' ? '、' : ', ';
  return names.length > 4 ? `${names.slice(0, 3).join(separator)} +${names.length - 3}` : names.join(separator);
}
