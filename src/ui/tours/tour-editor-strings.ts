/** Words of the tour editor, in both languages; they load with the tours menu's body, not before the first render. */
import type { Lang } from '../../lib/lang.ts';

const EN = {
  open: 'Edit my tour',
  close: 'Close the editor',
  label: 'Steps of my tour',
  empty: 'No steps: save a view as a step, or undo.',
  hint: 'Drag a step by its ≡ handle, or use ↑ ↓. A caption is kept when you leave its field.',
  undo: 'Undo',
  redo: 'Redo',
  undoLabel: 'Undo the last change to my tour (Ctrl+Z)',
  redoLabel: 'Redo (Ctrl+Shift+Z)',
  count: (n: number, max: number) => `${n} of at most ${max} steps`,
  step: (n: number) => `Step ${n}`,
  show: 'Show',
  showLabel: (n: number) => `Show step ${n} on the map`,
  up: (n: number) => `Move step ${n} up`,
  down: (n: number) => `Move step ${n} down`,
  drag: (n: number) => `Drag to move step ${n}`,
  replace: 'Use current view',
  replaceLabel: (n: number) => `Replace the view of step ${n} with the map as it is now (its captions stay)`,
  duplicate: 'Duplicate',
  duplicateLabel: (n: number) => `Duplicate step ${n}`,
  remove: 'Delete',
  removeLabel: (n: number) => `Delete step ${n}`,
  english: 'English',
  japanese: 'Japanese',
  captionEn: (n: number) => `Caption of step ${n} in English`,
  captionJa: (n: number) => `Caption of step ${n} in Japanese`,
  captionMax: (max: number) => `At most ${max} characters. A blank caption is filled from the other language.`,
  moved: (from: number, to: number) => `Step ${from} is now step ${to}.`,
  removed: (n: number) => `Step ${n} deleted. Undo brings it back.`,
  duplicated: (n: number) => `Step ${n} duplicated as step ${n + 1}.`,
  replaced: (n: number) => `Step ${n} now shows the map as it is.`,
  full: (max: number) => `A tour has at most ${max} steps.`,
  undone: 'Undone.',
  redone: 'Redone.',
} as const;

type TourEditorStrings = {
  readonly [K in keyof typeof EN]: (typeof EN)[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

const JA: TourEditorStrings = {
  open: 'マイツアーを編集',
  close: '編集を閉じる',
  label: 'マイツアーのステップ',
  empty: 'ステップがありません。表示をステップとして保存するか、元に戻してください。',
  hint: '≡ をドラッグするか ↑ ↓ で並べ替えます。説明は入力欄を離れると保存されます。',
  undo: '元に戻す',
  redo: 'やり直す',
  undoLabel: 'マイツアーへの最後の変更を元に戻す（Ctrl+Z）',
  redoLabel: 'やり直す（Ctrl+Shift+Z）',
  count: (n, max) => `${n}ステップ（上限${max}）`,
  step: (n) => `ステップ${n}`,
  show: '表示',
  showLabel: (n) => `ステップ${n}を地図に表示`,
  up: (n) => `ステップ${n}を上へ移動`,
  down: (n) => `ステップ${n}を下へ移動`,
  drag: (n) => `ドラッグしてステップ${n}を移動`,
  replace: '今の表示にする',
  replaceLabel: (n) => `ステップ${n}の表示を今の地図に置き換える（説明はそのまま）`,
  duplicate: '複製',
  duplicateLabel: (n) => `ステップ${n}を複製`,
  remove: '削除',
  removeLabel: (n) => `ステップ${n}を削除`,
  english: '英語',
  japanese: '日本語',
  captionEn: (n) => `ステップ${n}の説明（英語）`,
  captionJa: (n) => `ステップ${n}の説明（日本語）`,
  captionMax: (max) => `${max}文字まで。空の説明はもう一方の言語で補われます。`,
  moved: (from, to) => `ステップ${from}をステップ${to}に移動しました。`,
  removed: (n) => `ステップ${n}を削除しました。元に戻すで復元できます。`,
  duplicated: (n) => `ステップ${n}をステップ${n + 1}として複製しました。`,
  replaced: (n) => `ステップ${n}を今の地図の表示に置き換えました。`,
  full: (max) => `ツアーのステップは${max}までです。`,
  undone: '元に戻しました。',
  redone: 'やり直しました。',
};

export function tourEditorStrings(lang: Lang): TourEditorStrings {
  return lang === 'ja' ? JA : EN;
}
