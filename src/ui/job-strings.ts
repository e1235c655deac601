/**
 * The kinds of long job the app runs (src/lib/job-runner.ts) and everything they say, in both
 * languages: the progress card's lines, the notices when a job is cancelled, fails or must wait,
 * and what a saved video is. One table per language, loaded with the first job (the card) or the
 * first notice about one, never with the first render.
 */
import type { Lang } from '../lib/lang.ts';
import type { VideoFile } from '../video/sink.ts';

export const JOB_KINDS = ['png', 'deck', 'video', 'brief'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

const EN = {
  cancel: 'Cancel',
  busy: 'Wait until the image, deck or video being made is finished.',
  pngHeading: 'Drawing the image…',
  pngFailed: 'The image could not be made',
  deckHeading: (title: string) => `Making “${title}” as a PowerPoint deck`,
  deckCount: (done: number, total: number) => `Step ${done} of ${total}`,
  deckFailed: 'The PowerPoint deck could not be made',
  deckCancelled: 'The deck was cancelled; nothing was saved.',
  videoHeading: (title: string) => `Recording “${title}” as a video`,
  videoFrames: (done: number, total: number) => `${done} of ${total} frames`,
  videoFailed: 'The video could not be made',
  videoCancelled: 'The recording was cancelled; nothing was saved.',
  videoSaved: (name: string, reason: string) => `Saved ${name}. ${reason}`,
  videoWritten: (label: string, codec: string, container: string) => `${label} (${codec}) in ${container}.`,
  videoRefused: (codecs: string) => `This browser cannot encode ${codecs}.`,
  videoWebm: (codecs: string) =>
    `This browser cannot encode H.264 (${codecs}), so the video is WebM (VP9): browsers and VLC play it; for PowerPoint or Keynote, convert it to MP4 or record in Chrome or Edge.`,
  gifWritten: (w: number, h: number, fps: number) => `GIF ${w}×${h}, ${fps} frames per second, looping.`,
  briefHeading: (title: string) => `Making the A4 brief “${title}”…`,
  briefFailed: 'The brief could not be made',
  briefCancelled: 'The brief was cancelled; nothing was printed.',
} as const;

type JobStrings = {
  readonly [K in keyof typeof EN]: (typeof EN)[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

const JA: JobStrings = {
  cancel: 'キャンセル',
  busy: '作成中の画像・PowerPoint・動画が終わるまでお待ちください。',
  pngHeading: '画像を作成中…',
  pngFailed: '画像を作成できませんでした',
  deckHeading: (title: string) => `「${title}」をPowerPointに作成中`,
  deckCount: (done: number, total: number) => `${total}ステップ中${done}`,
  deckFailed: 'PowerPointを作成できませんでした',
  deckCancelled: 'PowerPointの作成をキャンセルしました。何も保存していません。',
  videoHeading: (title: string) => `「${title}」を動画に録画中`,
  videoFrames: (done: number, total: number) => `${total}コマ中${done}コマ`,
  videoFailed: '動画を作成できませんでした',
  videoCancelled: '録画をキャンセルしました。何も保存していません。',
  videoSaved: (name: string, reason: string) => `${name}を保存しました。${reason}`,
  videoWritten: (label: string, codec: string, container: string) => `${label}（${codec}）、${container}形式。`,
  videoRefused: (codecs: string) => `このブラウザは${codecs}を符号化できません。`,
  videoWebm: (codecs: string) =>
    `このブラウザはH.264（${codecs}）を符号化できないため、WebM（VP9）で保存しました。ブラウザやVLCで再生できます。PowerPointやKeynoteで使うにはMP4に変換するか、ChromeかEdgeで録画してください。`,
  gifWritten: (w: number, h: number, fps: number) => `GIF ${w}×${h}、毎秒${fps}コマ、繰り返し再生。`,
  briefHeading: (title: string) => `A4資料「${title}」を作成中…`,
  briefFailed: 'A4資料を作成できませんでした',
  briefCancelled: 'A4資料の作成をキャンセルしました。何も印刷していません。',
};

export function jobStrings(lang: Lang): JobStrings {
  return lang === 'ja' ? JA : EN;
}

/** What the card and the notices say of one kind of job. */
export interface JobTexts {
  /** The card's first line: what is being made ("Recording “OSA” as a video"). */
  heading(title: string): string;
  /** How far it is ("12 of 594 frames"); also the progress bar's name. Empty: the job shows no count. */
  count(done: number, total: number): string;
  /** The notice when it fails, before the reason. */
  readonly failed: string;
  /** The notice when the person cancels it. */
  readonly cancelled: string;
  /** The notice when another job is under way. */
  readonly busy: string;
}

export function jobTexts(kind: JobKind, lang: Lang): JobTexts {
  const t = jobStrings(lang);
  switch (kind) {
    case 'png':
      return { heading: () => t.pngHeading, count: () => '', failed: t.pngFailed, cancelled: '', busy: t.busy };
    case 'deck':
      return { heading: t.deckHeading, count: t.deckCount, failed: t.deckFailed, cancelled: t.deckCancelled, busy: t.busy };
    case 'video':
      return { heading: t.videoHeading, count: t.videoFrames, failed: t.videoFailed, cancelled: t.videoCancelled, busy: t.busy };
    case 'brief':
      return { heading: t.briefHeading, count: () => '', failed: t.briefFailed, cancelled: t.briefCancelled, busy: t.busy };
  }
}

/** What a saved video is and why, in the person's language. */
export function describeVideo(file: VideoFile, lang: Lang): string {
  const t = jobStrings(lang);
  if (file.extension === 'gif') return t.gifWritten(file.width, file.height, file.fps);
  const written = t.videoWritten(file.label, file.codec, file.extension.toUpperCase());
  if (file.extension === 'webm') return `${written} ${t.videoWebm(file.refused.join(', '))}`;
  return file.refused.length > 0 ? `${written} ${t.videoRefused(file.refused.join(', '))}` : written;
}
