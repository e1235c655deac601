/** The tour or autoplay being shown: caption, progress and controls. */
import type { ReactNode } from 'react';
import type { Lang } from '../lib/lang.ts';
import type { Tour } from '../state/tour.ts';
import { strings } from './strings.ts';

interface Props {
  readonly tour: Tour;
  readonly step: number;
  readonly lang: Lang;
  readonly playing: boolean;
  readonly intervalMs: number;
  readonly speeds: readonly number[];
  /** Embedded maps show the caption and progress with fewer controls. */
  readonly compact?: boolean;
  readonly presenting: boolean;
  readonly onAction: (action: 'first' | 'previous' | 'next' | 'last' | 'exit') => void;
  readonly onGoTo: (index: number) => void;
  readonly onPlay: (playing: boolean) => void;
  readonly onSpeed: (ms: number) => void;
  readonly onFullscreen: () => void;
  /** Makes a PowerPoint deck of this tour or autoplay sequence. */
  readonly onDownloadDeck: () => void;
  /** More controls (Record video), after the presenter button. */
  readonly extra?: ReactNode;
}

/** Small inline icons: the symbols ⏮ ⏭ ⏸ are missing from many fonts. */
function Icon({ shape }: { shape: 'first' | 'previous' | 'play' | 'pause' | 'next' | 'last' }) {
  const paths = {
    first: 'M3 3h2v10H3zM13 3v10L6 8z',
    previous: 'M12 3v10L5 8z',
    play: 'M5 3v10l8-5z',
    pause: 'M4 3h3v10H4zM9 3h3v10H9z',
    next: 'M4 3v10l7-5z',
    last: 'M11 3h2v10h-2zM3 3v10l7-5z',
  } as const;
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={paths[shape]} fill="currentColor" />
    </svg>
  );
}

export function TourPlayer({
  tour,
  step,
  lang,
  playing,
  intervalMs,
  speeds,
  compact = false,
  presenting,
  onAction,
  onGoTo,
  onPlay,
  onSpeed,
  onFullscreen,
  onDownloadDeck,
  extra,
}: Props) {
  const t = strings(lang);
  const current = tour.steps[step];
  const total = tour.steps.length;
  return (
    <section
      className={`tour-player${compact ? ' compact' : ''}`}
      aria-label={t.tourLabel(tour.title[lang])}
      data-testid="tour-player"
      data-step={step}
    >
      <div className="tour-caption" aria-live="polite">
        <p className="tour-title">{tour.title[lang]}</p>
        <p className="tour-text" data-testid="tour-caption">
          {current?.caption[lang]}
        </p>
      </div>
      <div className="tour-progress">
        <div
          className="progress-bar"
          role="progressbar"
          aria-valuemin={1}
          aria-valuemax={total}
          aria-valuenow={step + 1}
          aria-label={t.stepOf(step + 1, total)}
        >
          <span style={{ width: `${((step + 1) / total) * 100}%` }} />
        </div>
        <span className="step-count" data-testid="tour-progress">
          {t.stepOf(step + 1, total)}
        </span>
      </div>
      {!compact && (
        <div className="tour-controls">
          <button
            type="button"
            onClick={() => onAction('first')}
            aria-label={t.tourFirst}
            title={`${t.tourFirst} (Home)`}
            disabled={step === 0}
          >
            <Icon shape="first" />
          </button>
          <button
            type="button"
            onClick={() => onAction('previous')}
            aria-label={t.tourPrevious}
            title={`${t.tourPrevious} (←)`}
            disabled={step === 0}
          >
            <Icon shape="previous" />
          </button>
          <button
            type="button"
            onClick={() => onPlay(!playing)}
            aria-label={playing ? t.pause : t.play}
            aria-pressed={playing}
            data-testid="tour-play"
          >
            <Icon shape={playing ? 'pause' : 'play'} />
          </button>
          <button
            type="button"
            onClick={() => onAction('next')}
            aria-label={t.tourNext}
            title={`${t.tourNext} (→, Space)`}
            disabled={step === total - 1}
          >
            <Icon shape="next" />
          </button>
          <button
            type="button"
            onClick={() => onAction('last')}
            aria-label={t.tourLast}
            title={`${t.tourLast} (End)`}
            disabled={step === total - 1}
          >
            <Icon shape="last" />
          </button>
          <label className="speed">
            <span className="visually-hidden">{t.speed}</span>
            <select value={intervalMs} onChange={(event) => onSpeed(Number(event.target.value))} aria-label={t.speed}>
              {speeds.map((ms) => (
                <option key={ms} value={ms}>
                  {t.seconds(ms / 1000)}
                </option>
              ))}
            </select>
          </label>
          <select className="step-select" value={step} onChange={(event) => onGoTo(Number(event.target.value))} aria-label={t.goToStep}>
            {tour.steps.map((s, i) => (
              <option key={i} value={i}>
                {i + 1}. {s.caption[lang].slice(0, 40)}
              </option>
            ))}
          </select>
          {!presenting && (
            <button type="button" onClick={onDownloadDeck} title={t.downloadDeckOf(tour.title[lang])} data-testid="tour-download-deck">
              {t.downloadDeck}
            </button>
          )}
          <button type="button" onClick={onFullscreen} aria-pressed={presenting} data-testid="presenter-mode">
            {presenting ? t.exitPresenter : t.presenter}
          </button>
          {extra}
          <button type="button" onClick={() => onAction('exit')} aria-label={t.exitTour} title={`${t.exitTour} (Esc)`}>
            ×
          </button>
        </div>
      )}
    </section>
  );
}
