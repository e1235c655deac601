/** The list of initiatives: the accessible view of the map, synchronised with it. */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { countryName } from '../data/countries.ts';
import type { Initiative } from '../data/initiative.ts';
import { PILLAR_SHORT, SCOPE_LABELS } from '../data/labels.ts';
import type { Lang } from '../lib/lang.ts';
import { pillarColor } from '../picture/palette.ts';
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
      {initiatives.length > VIRTUAL_FROM ? (
        <VirtualRows
          initiatives={initiatives}
          selected={selected}
          hovered={hovered}
          lang={lang}
          onSelect={onSelect}
          onHover={onHover}
          label={t.listLabel}
        />
      ) : (
        <ol className="initiative-list" ref={list} aria-label={t.listLabel} onMouseLeave={() => onHover(null)}>
          {initiatives.map((initiative) => (
            <Row
              key={initiative.id}
              initiative={initiative}
              selected={selected}
              hovered={hovered}
              lang={lang}
              onSelect={onSelect}
              onHover={onHover}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

/** Above this many rows only the visible ones are rendered (synthetic 100k datasets). */
export const VIRTUAL_FROM = 1000;

interface RowProps {
  readonly initiative: Initiative;
  readonly selected: string | null;
  readonly hovered: string | null;
  readonly lang: Lang;
  readonly onSelect: (id: string) => void;
  readonly onHover: (id: string | null) => void;
  /** For windowed rows: position and measurement. */
  readonly style?: React.CSSProperties;
  readonly index?: number;
  readonly rowRef?: (element: HTMLLIElement | null) => void;
}

function Row({ initiative, selected, hovered, lang, onSelect, onHover, style, index, rowRef }: RowProps) {
  const { id, properties } = initiative;
  return (
    <li data-id={id} className={id === hovered ? 'hovered' : undefined} style={style} data-index={index} ref={rowRef}>
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
}

/** A windowed list for very large sets: rows are measured as they render. */
function VirtualRows({ initiatives, label, ...row }: Omit<RowProps, 'initiative'> & { initiatives: readonly Initiative[]; label: string }) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: initiatives.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 58,
    overscan: 8,
  });
  const selectedIndex = row.selected ? initiatives.findIndex((i) => i.id === row.selected) : -1;
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);
  const items = virtualizer.getVirtualItems();
  return (
    <div className="initiative-list virtual" ref={scroller} onMouseLeave={() => row.onHover(null)}>
      <ol aria-label={label} style={{ height: virtualizer.getTotalSize(), position: 'relative', margin: 0, padding: 0 }}>
        {items.map((item) => {
          const initiative = initiatives[item.index];
          if (!initiative) return null;
          return (
            <Row
              key={initiative.id}
              initiative={initiative}
              {...row}
              index={item.index}
              rowRef={virtualizer.measureElement}
              style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
            />
          );
        })}
      </ol>
    </div>
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
