/**
 * The kinds of long job the app runs (src/lib/job-runner.ts) and what the progress card and the
 * notices say of each, in both languages: one table, read by the card and the job hook alike.
 */
import type { Lang } from '../lib/lang.ts';
import { strings } from './strings.ts';
import { videoStrings } from './video-strings.ts';

export const JOB_KINDS = ['png', 'deck', 'video'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

export interface JobTexts {
  /** The card's first line: what is being made ("Recording “OSA” as a video"). */
  heading(title: string): string;
  /** How far it is ("12 of 594 frames"); also the progress bar's name. */
  count(done: number, total: number): string;
  /** The notice when it fails, before the reason. */
  readonly failed: string;
  /** The notice when the person cancels it. */
  readonly cancelled: string;
  /** The notice when another job is under way. */
  readonly busy: string;
}

export function jobTexts(kind: JobKind, lang: Lang): JobTexts {
  const t = strings(lang);
  const v = videoStrings(lang);
  const busy = t.jobBusy;
  switch (kind) {
    case 'png':
      return { heading: () => t.exporting, count: () => '', failed: t.exportFailed, cancelled: '', busy };
    case 'deck':
      return { heading: t.deckMaking, count: t.deckProgress, failed: t.deckFailed, cancelled: t.deckCancelled, busy };
    case 'video':
      return { heading: v.recordingVideo, count: v.videoFrames, failed: v.videoFailed, cancelled: v.videoCancelled, busy };
  }
}
