/** The recording under way: frames done, a progress bar and Cancel. It alone re-renders on each frame. */
import { useSyncExternalStore } from 'react';
import type { Lang } from '../lib/lang.ts';
import type { VideoProgress as Progress } from '../video/record.ts';
import { videoStrings } from './video-strings.ts';

interface Props {
  readonly lang: Lang;
  readonly title: string;
  readonly progress: { get(): Progress | null; subscribe(listener: () => void): () => void };
  readonly onCancel: () => void;
}

export function VideoProgress({ lang, title, progress, onCancel }: Props) {
  const t = videoStrings(lang);
  const now = useSyncExternalStore(progress.subscribe, progress.get);
  const done = now?.done ?? 0;
  const total = now?.total ?? 0;
  return (
    <div className="video-recording" data-testid="video-recording">
      <div className="video-recording-panel" role="status">
        <p>{t.recordingVideo(title)}</p>
        <div className="progress-bar" role="progressbar" aria-valuemin={0} aria-valuemax={total} aria-valuenow={done} aria-label={t.videoFrames(done, total)}>
          <span style={{ width: total > 0 ? `${(done / total) * 100}%` : '0%' }} />
        </div>
        <p className="video-frames" data-testid="video-frames">
          {total > 0 ? t.videoFrames(done, total) : '…'}
        </p>
        {/* The panel stands in for the map while it records: its one control takes focus, so Enter, Space or Escape cancel. */}
        <button type="button" onClick={onCancel} data-testid="cancel-video" autoFocus>
          {t.cancelRecording}
        </button>
      </div>
    </div>
  );
}
