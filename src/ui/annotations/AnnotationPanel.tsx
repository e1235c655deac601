/**
 * Annotate mode's panel: what to add (label, arrow, ring, country) and in which colour, and the
 * step's annotations as a list whose fields change everything the pointer can (text in both
 * languages, colour, positions, radius, country), so that all of it can be done from the keyboard.
 * Text fields keep what is typed when they are left or Enter is pressed: one undoable change each.
 * Loaded when the mode is first opened.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  ANNOTATION_COLOUR_NAMES,
  ANNOTATION_COLOURS,
  ANNOTATION_KINDS,
  ANNOTATION_LIMITS,
  type Annotation,
  type AnnotationColour,
  type AnnotationKind,
  type LngLatPair,
} from '../../data/annotation.ts';
import { annotationText, newAnnotation, normalisePosition } from '../../data/annotation-edit.ts';
import { countryCodes, countryName } from '../../data/countries.ts';
import type { Lang } from '../../lib/lang.ts';
import { annotationStrings } from './annotation-strings.ts';
import { useDraft } from '../use-draft.ts';

/** Annotate mode as the panel sees it (app/tour/use-annotating.ts). */
export interface AnnotationModel {
  /** The step annotated (from 0). */
  readonly step: number | null;
  readonly annotations: readonly Annotation[];
  readonly selected: number | null;
  readonly tool: AnnotationKind | null;
  readonly colour: AnnotationColour;
  /** An annotation just added: its text field takes the keyboard. */
  readonly added: number | null;
  setOpen(open: boolean): void;
  select(index: number | null): void;
  setTool(tool: AnnotationKind | null): void;
  setColour(colour: AnnotationColour): void;
  add(annotation: Annotation): void;
  change(index: number, annotation: Annotation): void;
  remove(index: number): void;
}

interface Props {
  readonly lang: Lang;
  readonly annotating: AnnotationModel;
  /** The centre of the map now, where the keyboard adds. */
  readonly centre: LngLatPair;
  readonly undoable: boolean;
  readonly redoable: boolean;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
}

export function AnnotationPanel({ lang, annotating, centre, undoable, redoable, onUndo, onRedo }: Props) {
  const t = annotationStrings(lang);
  const { annotations, selected, tool, colour, step } = annotating;
  const [status, setStatus] = useState('');
  const [country, setCountry] = useState('JPN');
  const full = annotations.length >= ANNOTATION_LIMITS.perStep;
  const countries = useMemo(
    () =>
      countryCodes()
        .map((code) => ({ code, name: countryName(code, lang) }))
        .sort((a, b) => a.name.localeCompare(b.name, lang)),
    [lang],
  );
  const kindName = (kind: AnnotationKind) => t.kinds[kind];

  // Outside a field: Escape leaves the adding tool first, then the mode; Delete or Backspace deletes the selected annotation.
  // Taken before the tour's own keys (capture, and marked handled), which would otherwise leave the tour or go back a step.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || (event.target as Element | null)?.closest('input, select, textarea, [contenteditable="true"]')) return;
      if (event.key === 'Escape') {
        if (annotating.tool) annotating.setTool(null);
        else annotating.setOpen(false);
      } else if ((event.key === 'Delete' || event.key === 'Backspace') && annotating.selected !== null) {
        const n = annotating.selected + 1;
        annotating.remove(annotating.selected);
        setStatus(annotationStrings(lang).removed(n));
      } else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [annotating, lang]);

  const addAtCentre = () => {
    if (!tool || full) return;
    annotating.add(newAnnotation(tool, centre, { colour, lang, ...(tool === 'country' ? { country } : {}) }));
    setStatus(t.added(annotations.length + 1, kindName(tool)));
  };

  if (step === null) return null;
  return (
    <aside className="annotation-panel" aria-label={t.title(step + 1)} data-testid="annotation-panel">
      <header>
        <h2>{t.title(step + 1)}</h2>
        <button type="button" className="icon-button" aria-label={t.close} title={t.close} onClick={() => annotating.setOpen(false)}>
          ×
        </button>
      </header>
      <div className="annotation-tools" role="toolbar" aria-label={t.add}>
        {ANNOTATION_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            aria-pressed={tool === kind}
            disabled={full}
            data-tool={kind}
            onClick={() => annotating.setTool(tool === kind ? null : kind)}
          >
            {kindName(kind)}
          </button>
        ))}
      </div>
      <fieldset className="annotation-colours">
        <legend>{t.colour}</legend>
        {ANNOTATION_COLOUR_NAMES.map((name) => (
          <label key={name} title={t.colours[name]}>
            <input type="radio" name="annotation-colour" checked={colour === name} onChange={() => annotating.setColour(name)} />
            <span className="swatch" style={{ background: ANNOTATION_COLOURS[name] }} aria-hidden="true" />
            <span className="visually-hidden">{t.colours[name]}</span>
          </label>
        ))}
      </fieldset>
      <p className="annotation-hint">{tool ? t.hints[tool] : t.selectHint}</p>
      {tool && (
        <div className="annotation-place">
          {tool === 'country' && (
            <label>
              {t.country}{' '}
              <select value={country} onChange={(event) => setCountry(event.target.value)}>
                {countries.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button type="button" onClick={addAtCentre} disabled={full}>
            {t.placeAtCentre}
          </button>
        </div>
      )}
      <div className="annotation-history">
        <button type="button" onClick={onUndo} disabled={!undoable}>
          {t.undo}
        </button>
        <button type="button" onClick={onRedo} disabled={!redoable}>
          {t.redo}
        </button>
        <span className="annotation-count">{t.count(annotations.length, ANNOTATION_LIMITS.perStep, ANNOTATION_LIMITS.textChars)}</span>
      </div>
      {full && <p className="annotation-full">{t.full(ANNOTATION_LIMITS.perStep)}</p>}
      {annotations.length === 0 ? (
        <p className="annotation-empty">{t.empty}</p>
      ) : (
        <ol className="annotation-list">
          {annotations.map((annotation, index) => (
            <li key={index} className={index === selected ? 'selected' : undefined} data-annotation={index}>
              <button
                type="button"
                className="annotation-item"
                aria-expanded={index === selected}
                onClick={() => annotating.select(index === selected ? null : index)}
              >
                <span className="swatch" style={{ background: ANNOTATION_COLOURS[annotation.colour] }} aria-hidden="true" />
                {t.item(index + 1, kindName(annotation.kind), annotationText(annotation, lang))}
              </button>
              {index === selected && (
                <AnnotationFields
                  lang={lang}
                  index={index}
                  annotation={annotation}
                  countries={countries}
                  focusText={annotating.added === index}
                  onChange={(next) => annotating.change(index, next)}
                  onRemove={() => {
                    annotating.remove(index);
                    setStatus(t.removed(index + 1));
                  }}
                />
              )}
            </li>
          ))}
        </ol>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </aside>
  );
}

function AnnotationFields({
  lang,
  index,
  annotation,
  countries,
  focusText,
  onChange,
  onRemove,
}: {
  lang: Lang;
  index: number;
  annotation: Annotation;
  countries: readonly { code: string; name: string }[];
  focusText: boolean;
  onChange: (annotation: Annotation) => void;
  onRemove: () => void;
}) {
  const t = annotationStrings(lang);
  const n = index + 1;
  const text = annotation.text ?? { en: '', ja: '' };
  const setText = (language: 'en' | 'ja', value: string) => {
    const next = { ...text, [language]: value.slice(0, ANNOTATION_LIMITS.textChars) };
    // A label keeps some text (a file requires it); other kinds drop text left blank in both languages.
    if (annotation.kind === 'label') {
      if (next.en.trim() || next.ja.trim()) onChange({ ...annotation, text: next });
      return;
    }
    const { text: _old, ...rest } = annotation;
    onChange(next.en.trim() || next.ja.trim() ? { ...rest, text: next } : (rest as Annotation));
  };
  const position = (key: 'at' | 'from' | 'to', label: string) => {
    const value = (annotation as unknown as Partial<Record<typeof key, LngLatPair>>)[key];
    if (!value) return null;
    const set = (axis: 0 | 1, number: number) => {
      const next: [number, number] = [value[0], value[1]];
      next[axis] = number;
      onChange({ ...annotation, [key]: normalisePosition(next) } as Annotation);
    };
    return (
      <fieldset className="annotation-position">
        <legend>{label}</legend>
        <NumberField label={t.longitude} value={value[0]} min={-180} max={180} onCommit={(v) => set(0, v)} />
        <NumberField label={t.latitude} value={value[1]} min={-85} max={85} onCommit={(v) => set(1, v)} />
      </fieldset>
    );
  };
  return (
    <div className="annotation-fields">
      <CommitText
        label={t.english}
        name={t.textOf(n, t.english)}
        lang="en"
        value={text.en}
        autoFocus={focusText && lang === 'en'}
        onCommit={(v) => setText('en', v)}
      />
      <CommitText
        label={t.japanese}
        name={t.textOf(n, t.japanese)}
        lang="ja"
        value={text.ja}
        autoFocus={focusText && lang === 'ja'}
        onCommit={(v) => setText('ja', v)}
      />
      <label className="annotation-field">
        <span>{t.colour}</span>
        <select
          value={annotation.colour}
          onChange={(event) => onChange({ ...annotation, colour: event.target.value as Annotation['colour'] })}
        >
          {ANNOTATION_COLOUR_NAMES.map((name) => (
            <option key={name} value={name}>
              {t.colours[name]}
            </option>
          ))}
        </select>
      </label>
      {annotation.kind === 'country' && (
        <label className="annotation-field">
          <span>{t.country}</span>
          <select value={annotation.country} onChange={(event) => onChange({ ...annotation, country: event.target.value })}>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {annotation.kind === 'arrow' ? (
        <>
          {position('from', t.from)}
          {position('to', t.to)}
        </>
      ) : (
        position('at', t.position)
      )}
      {annotation.kind === 'ring' && (
        <NumberField
          label={t.radius}
          value={annotation.radiusKm}
          min={ANNOTATION_LIMITS.radiusKm.min}
          max={ANNOTATION_LIMITS.radiusKm.max}
          onCommit={(radiusKm) => onChange({ ...annotation, radiusKm })}
        />
      )}
      <button type="button" className="annotation-remove" aria-label={t.removeLabel(n)} onClick={onRemove}>
        {t.remove}
      </button>
    </div>
  );
}

/** A text field typed freely and kept when left or on Enter; Escape puts back what is kept. */
function CommitText({
  label,
  name,
  lang,
  value,
  autoFocus,
  onCommit,
}: {
  label: string;
  name: string;
  lang: Lang;
  value: string;
  autoFocus?: boolean;
  onCommit: (value: string) => void;
}) {
  const field = useDraft(value, onCommit);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (autoFocus) input.current?.select();
  }, [autoFocus]);
  return (
    <label className="annotation-field">
      <span aria-hidden="true">{label}</span>
      <input ref={input} aria-label={name} type="text" lang={lang} maxLength={ANNOTATION_LIMITS.textChars} data-text={lang} {...field} />
    </label>
  );
}

/** A number kept when left or on Enter, if it is one within [min, max]; otherwise what is kept comes back. */
function NumberField({
  label,
  value,
  min,
  max,
  onCommit,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  onCommit: (value: number) => void;
}) {
  const field = useDraft(String(value), (draft) => {
    const number = Number(draft);
    if (draft.trim() === '' || !Number.isFinite(number) || number < min || number > max) return false;
    if (number !== value) onCommit(number);
  });
  return (
    <label className="annotation-field number">
      <span>{label}</span>
      <input type="number" inputMode="decimal" step="any" min={min} max={max} {...field} />
    </label>
  );
}
