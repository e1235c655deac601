/**
 * The words of video recording, in both languages. Apart from strings.ts because that table ships
 * with the first render (the loading frame speaks the page's language) and these are needed only
 * once the explorer has loaded.
 */
import type { Lang } from '../lib/lang.ts';
import type { VideoFile } from '../video/sink.ts';

const EN = {
  recordVideo: 'Record video',
  recordVideoHint: 'Frame by frame, every step of this tour: its flight and a hold.',
  videoMp4: (w: number, h: number) => `MP4 ${w}×${h}`,
  videoGif: (w: number, h: number) => `GIF ${w}×${h} (short clip)`,
  recordingVideo: (title: string) => `Recording “${title}” as a video`,
  videoFrames: (done: number, total: number) => `${done} of ${total} frames`,
  videoSaved: (name: string, reason: string) => `Saved ${name}. ${reason}`,
  videoFailed: 'The video could not be made',
  videoCancelled: 'The recording was cancelled; nothing was saved.',
  videoWritten: (label: string, codec: string, container: string) => `${label} (${codec}) in ${container}.`,
  videoRefused: (codecs: string) => `This browser cannot encode ${codecs}.`,
  videoWebm: (codecs: string) =>
    `This browser cannot encode H.264 (${codecs}), so the video is WebM (VP9): browsers and VLC play it; for PowerPoint or Keynote, convert it to MP4 or record in Chrome or Edge.`,
  gifWritten: (w: number, h: number, fps: number) => `GIF ${w}×${h}, ${fps} frames per second, looping.`,
} as const;

type VideoStrings = { readonly [K in keyof typeof EN]: (typeof EN)[K] extends (...args: infer A) => string ? (...args: A) => string : string };

const JA: VideoStrings = {
  recordVideo: '動画を録画',
  recordVideoHint: 'このツアーの全ステップを1コマずつ：移動と静止。',
  videoMp4: (w: number, h: number) => `MP4 ${w}×${h}`,
  videoGif: (w: number, h: number) => `GIF ${w}×${h}（短いクリップ）`,
  recordingVideo: (title: string) => `「${title}」を動画に録画中`,
  videoFrames: (done: number, total: number) => `${total}コマ中${done}コマ`,
  videoSaved: (name: string, reason: string) => `${name}を保存しました。${reason}`,
  videoFailed: '動画を作成できませんでした',
  videoCancelled: '録画をキャンセルしました。何も保存していません。',
  videoWritten: (label: string, codec: string, container: string) => `${label}（${codec}）、${container}形式。`,
  videoRefused: (codecs: string) => `このブラウザは${codecs}を符号化できません。`,
  videoWebm: (codecs: string) =>
    `このブラウザはH.264（${codecs}）を符号化できないため、WebM（VP9）で保存しました。ブラウザやVLCで再生できます。PowerPointやKeynoteで使うにはMP4に変換するか、ChromeかEdgeで録画してください。`,
  gifWritten: (w: number, h: number, fps: number) => `GIF ${w}×${h}、毎秒${fps}コマ、繰り返し再生。`,
};

export function videoStrings(lang: Lang): VideoStrings {
  return lang === 'ja' ? JA : EN;
}

/** What was written and why, in the person's language. */
export function describeVideo(file: VideoFile, lang: Lang): string {
  const t = videoStrings(lang);
  if (file.extension === 'gif') return t.gifWritten(file.width, file.height, file.fps);
  const written = t.videoWritten(file.label, file.codec, file.extension.toUpperCase());
  if (file.extension === 'webm') return `${written} ${t.videoWebm(file.refused.join(', '))}`;
  return file.refused.length > 0 ? `${written} ${t.videoRefused(file.refused.join(', '))}` : written;
}
