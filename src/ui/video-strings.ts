/**
 * The Record video menu's words, in both languages. Apart from strings.ts because that table ships
 * with the first render (the loading frame speaks the page's language) and these are needed only
 * once a tour is on; what a recording says while and after it runs is job-strings.ts's.
 */
import type { Lang } from '../lib/lang.ts';

const EN = {
  recordVideo: 'Record video',
  recordVideoHint: 'Frame by frame, every step of this tour: its flight and a hold.',
  videoMp4: (w: number, h: number) => `MP4 ${w}×${h}`,
  videoGif: (w: number, h: number) => `GIF ${w}×${h} (short clip)`,
} as const;

type VideoStrings = {
  readonly [K in keyof typeof EN]: (typeof EN)[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

const JA: VideoStrings = {
  recordVideo: '動画を録画',
  recordVideoHint: 'このツアーの全ステップを1コマずつ：移動と静止。',
  videoMp4: (w: number, h: number) => `MP4 ${w}×${h}`,
  videoGif: (w: number, h: number) => `GIF ${w}×${h}（短いクリップ）`,
};

export function videoStrings(lang: Lang): VideoStrings {
  return lang === 'ja' ? JA : EN;
}
