/** "Record video" for the tour or autoplay sequence being shown: a size and format to choose. */
import type { Lang } from '../lib/lang.ts';
import { videoStrings } from './video-strings.ts';

export interface VideoChoice {
  readonly format: 'mp4' | 'gif';
  readonly width: number;
  readonly height: number;
}

/** The sizes offered; the command line takes any (npm run video). */
export const VIDEO_CHOICES: readonly VideoChoice[] = [
  { format: 'mp4', width: 1280, height: 720 },
  { format: 'mp4', width: 1920, height: 1080 },
  { format: 'gif', width: 960, height: 540 },
];

export function RecordVideoMenu({ lang, disabled, onRecord }: { lang: Lang; disabled: boolean; onRecord: (choice: VideoChoice) => void }) {
  const t = videoStrings(lang);
  return (
    <details className="tool-menu record-menu" data-menu="video">
      <summary className="tool-button" aria-disabled={disabled || undefined}>
        {t.recordVideo}
      </summary>
      <div className="menu-body">
        <p>{t.recordVideoHint}</p>
        <div className="menu-column">
          {VIDEO_CHOICES.map((choice) => (
            <button
              key={`${choice.format}-${choice.width}`}
              type="button"
              disabled={disabled}
              data-record-video={`${choice.format}-${choice.width}x${choice.height}`}
              onClick={(event) => {
                event.currentTarget.closest('details')?.removeAttribute('open');
                onRecord(choice);
              }}
            >
              {choice.format === 'gif' ? t.videoGif(choice.width, choice.height) : t.videoMp4(choice.width, choice.height)}
            </button>
          ))}
        </div>
      </div>
    </details>
  );
}
