/** Words of Annotate mode, in both languages; they load with the annotation panel, not before the first render. */
import type { AnnotationColour, AnnotationKind } from '../../data/annotation.ts';
import type { Lang } from '../../lib/lang.ts';

const EN = {
  title: (step: number) => `Annotate step ${step}`,
  close: 'Close Annotate',
  add: 'Add',
  kinds: { label: 'Label', arrow: 'Arrow', ring: 'Ring', country: 'Country' } satisfies Record<AnnotationKind, string>,
  hints: {
    label: 'Click the map where the label goes.',
    arrow: 'Drag on the map from the tail to the tip (or click for a short arrow).',
    ring: 'Click the map at the centre of the ring.',
    country: 'Click a country on the map, or choose one below and add it.',
  } satisfies Record<AnnotationKind, string>,
  selectHint: 'Choose what to add, or press an annotation on the map to select it; drag it to move it, press Delete to remove it.',
  placeAtCentre: 'Add at the centre of the map',
  colour: 'Colour',
  colours: { ink: 'Ink', crimson: 'Crimson', magenta: 'Magenta', teal: 'Teal', amber: 'Amber' } satisfies Record<AnnotationColour, string>,
  count: (n: number, max: number, chars: number) => `${n} of at most ${max} annotations; text at most ${chars} characters.`,
  full: (max: number) => `A step has at most ${max} annotations.`,
  empty: 'No annotations on this step yet.',
  undo: 'Undo',
  redo: 'Redo',
  item: (n: number, kind: string, text: string) => `${n}. ${kind}${text ? ` “${text}”` : ''}`,
  english: 'English',
  japanese: 'Japanese',
  textOf: (n: number, language: string) => `Text of annotation ${n} in ${language}`,
  longitude: 'Longitude',
  latitude: 'Latitude',
  position: 'Position',
  from: 'From (tail)',
  to: 'To (tip)',
  radius: 'Radius (km)',
  country: 'Country',
  remove: 'Delete',
  removeLabel: (n: number) => `Delete annotation ${n}`,
  added: (n: number, kind: string) => `Added annotation ${n}: ${kind}.`,
  removed: (n: number) => `Annotation ${n} deleted. Undo brings it back.`,
  open: 'Annotate',
  openLabel: 'Annotate this step: labels, arrows, rings and highlighted countries',
} as const;

type AnnotationStrings = {
  readonly [K in keyof typeof EN]: (typeof EN)[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : (typeof EN)[K] extends Record<string, string>
      ? { readonly [P in keyof (typeof EN)[K]]: string }
      : string;
};

const JA: AnnotationStrings = {
  title: (step) => `ステップ${step}に注記`,
  close: '注記を閉じる',
  add: '追加',
  kinds: { label: 'ラベル', arrow: '矢印', ring: '円', country: '国' },
  hints: {
    label: 'ラベルを置く場所で地図をクリックします。',
    arrow: '地図の上で矢印の根元から先端までドラッグします（クリックすると短い矢印）。',
    ring: '円の中心で地図をクリックします。',
    country: '地図の国をクリックするか、下の一覧から選んで追加します。',
  },
  selectHint: '追加するものを選ぶか、地図の注記を押して選択します。ドラッグで動かし、Deleteキーで削除します。',
  placeAtCentre: '地図の中央に追加',
  colour: '色',
  colours: { ink: '墨', crimson: '紅', magenta: '赤紫', teal: '青緑', amber: '琥珀' },
  count: (n, max, chars) => `注記${n}件（最大${max}件、文字は最大${chars}字）`,
  full: (max) => `1つのステップの注記は最大${max}件です。`,
  empty: 'このステップにはまだ注記がありません。',
  undo: '元に戻す',
  redo: 'やり直す',
  item: (n, kind, text) => `${n}. ${kind}${text ? `「${text}」` : ''}`,
  english: '英語',
  japanese: '日本語',
  textOf: (n, language) => `注記${n}の${language}の文字`,
  longitude: '経度',
  latitude: '緯度',
  position: '位置',
  from: '根元',
  to: '先端',
  radius: '半径（km）',
  country: '国',
  remove: '削除',
  removeLabel: (n) => `注記${n}を削除`,
  added: (n, kind) => `注記${n}（${kind}）を追加しました。`,
  removed: (n) => `注記${n}を削除しました。元に戻せます。`,
  open: '注記',
  openLabel: 'このステップに注記する：ラベル、矢印、円、国の強調',
};

export function annotationStrings(lang: Lang): AnnotationStrings {
  return lang === 'ja' ? JA : EN;
}
