/** One facet: its values as checkboxes with live counts; values that would match nothing are disabled, not hidden. */
import { useId, useState } from 'react';
import type { Lang } from '../lib/lang.ts';
import type { FacetOption } from './facet-options.ts';
import { ProfileIcon } from './ProfileIcon.tsx';
import { profileStrings } from './profile-strings.ts';
import { strings } from './strings.ts';

interface Props {
  readonly facet: string;
  readonly title: string;
  readonly options: readonly FacetOption[];
  readonly lang: Lang;
  /** How many options show before "Show all". */
  readonly initialVisible?: number;
  readonly defaultOpen?: boolean;
  readonly onToggle: (value: string) => void;
  readonly onClear: () => void;
  /** For facets a profile can be of: a link beside each value opens its profile. */
  readonly onProfile?: (value: string) => void;
}

export function FacetGroup({ facet, title, options, lang, initialVisible = 8, defaultOpen = false, onToggle, onClear, onProfile }: Props) {
  const t = strings(lang);
  const [showAll, setShowAll] = useState(false);
  const id = useId();
  const chosen = options.filter((o) => o.selected).length;
  // Chosen values always show, even past the cut.
  const visible = showAll ? options : options.filter((o, i) => i < initialVisible || o.selected);
  return (
    <details className="facet" data-facet={facet} open={defaultOpen || chosen > 0 || undefined}>
      <summary>
        <span className="facet-title">{title}</span>
        {chosen > 0 && <span className="facet-chosen">{chosen}</span>}
      </summary>
      <fieldset aria-labelledby={`${id}-legend`}>
        <legend id={`${id}-legend`} className="visually-hidden">
          {title}
        </legend>
        <ul>
          {visible.map((option) => {
            const disabled = option.count === 0 && !option.selected;
            return (
              <li key={option.value} className={disabled ? 'disabled' : undefined}>
                <label>
                  <input
                    type="checkbox"
                    checked={option.selected}
                    disabled={disabled}
                    data-value={option.value}
                    onChange={() => onToggle(option.value)}
                  />
                  <span className="option-label">{option.label}</span>
                  <span className="option-count" aria-label={t.matchCount(option.count)}>
                    {option.count}
                  </span>
                </label>
                {onProfile && (
                  <button
                    type="button"
                    className="profile-link"
                    data-profile={option.value}
                    aria-label={profileStrings(lang).profileOf(option.label)}
                    title={profileStrings(lang).profileOf(option.label)}
                    onClick={() => onProfile(option.value)}
                  >
                    <ProfileIcon />
                  </button>
                )}
              </li>
            );
          })}
        </ul>
        <div className="facet-actions">
          {options.length > initialVisible && (
            <button type="button" className="link-button" onClick={() => setShowAll((v) => !v)} aria-expanded={showAll}>
              {showAll ? t.showFewer : t.showAll(options.length)}
            </button>
          )}
          {chosen > 0 && (
            <button type="button" className="link-button" onClick={onClear} data-clear={facet}>
              {t.clear}
            </button>
          )}
        </div>
      </fieldset>
    </details>
  );
}
