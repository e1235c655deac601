/**
 * The one progress card of a long job — a PNG, a PowerPoint deck, a video: what is being made, a
 * progress bar with what is done, and Cancel when the job can stop. It alone re-renders as the job
 * moves (it reads the job's own store), never the explorer. A picture or a video draws the map
 * off-screen, so their card stands in for the map; a deck's steps show on the map, so its card sits
 * below them.
 */
import { useSyncExternalStore } from 'react';
import type { JobState } from '../lib/job-runner.ts';
import type { Lang } from '../lib/lang.ts';
import { jobStrings, jobTexts, type JobKind } from './job-strings.ts';

interface Props {
  readonly lang: Lang;
  readonly job: { get(): JobState<JobKind> | null; subscribe(listener: () => void): () => void };
  readonly onCancel: () => void;
}

export function JobCard({ lang, job, onCancel }: Props) {
  const now = useSyncExternalStore(job.subscribe, job.get);
  if (!now) return null;
  const texts = jobTexts(now.kind, lang);
  const done = now.progress?.done ?? 0;
  const total = now.progress?.total ?? 0;
  const count = total > 0 ? texts.count(done, total) : '';
  return (
    <div className={`job-card job-card-${now.kind}`} data-testid="job-card" data-job={now.kind}>
      <div className="job-card-panel" role="status">
        <p>{texts.heading(now.title)}</p>
        {/* A picture or a brief is one step: no count to show. */}
        {now.kind !== 'png' && now.kind !== 'brief' && (
          <>
            <div
              className="progress-bar"
              role="progressbar"
              aria-valuemin={0}
              aria-valuemax={total}
              aria-valuenow={done}
              aria-label={count || texts.heading(now.title)}
            >
              <span style={{ width: total > 0 ? `${(done / total) * 100}%` : '0%' }} />
            </div>
            <p className="job-count" data-testid="job-count">
              {count || '…'}
            </p>
          </>
        )}
        {/* The card stands in for the map while the job runs: its one control takes focus, so Enter, Space or Escape cancel. */}
        {now.cancellable && (
          <button type="button" onClick={onCancel} data-testid="cancel-job" autoFocus>
            {jobStrings(lang).cancel}
          </button>
        )}
      </div>
    </div>
  );
}
