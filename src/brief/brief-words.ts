/**
 * The words of an A4 brief, in both languages. They live beside the brief (as a deck's live in its
 * model) so the document is built from this folder alone; `npm run build:font` reads every string
 * in src/, these included.
 */
import type { Lang } from '../lib/lang.ts';

const EN = {
  kicker: 'FOIP Atlas brief',
  count: (n: number) => (n === 1 ? '1 initiative' : `${n} initiatives`),
  made: (date: string) => `Made ${date}`,
  release: (version: string, updated: string) => `Data release ${version} (${updated})`,
  updated: (updated: string) => `Data of ${updated}`,
  mapAlt: 'Map of the initiatives in this brief',
  summaryHeading: 'Summary',
  byFocusArea: 'By focus area',
  byMeans: 'By means',
  byStatus: 'By status',
  tableHeading: 'Initiatives',
  number: 'No.',
  title: 'Initiative',
  hosts: 'Hosts',
  means: 'Means',
  status: 'Status',
  sourcesHeading: 'Sources: the words of the documents',
  where: (document: string, section: string) => `${document} · Section: ${section}`,
  none: 'No initiative matches this view.',
  more: (n: number) => `… and ${n.toLocaleString('en')} more initiatives, not listed here (Download gives them all as CSV or GeoJSON).`,
  citeAs: 'Cite as',
  basemap: 'Basemap: Natural Earth (world-atlas)',
  /** An initiative brief's title word, before the initiative's own title. */
  initiative: 'Initiative',
  allInitiatives: 'All initiatives',
} as const;

export type BriefWords = {
  readonly [K in keyof typeof EN]: (typeof EN)[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

const JA: BriefWords = {
  kicker: 'FOIP Atlas 資料',
  count: (n: number) => `${n}件の取組`,
  made: (date: string) => `作成日：${date}`,
  release: (version: string, updated: string) => `データ版 ${version}（${updated}）`,
  updated: (updated: string) => `データ：${updated}`,
  mapAlt: 'この資料の取組の地図',
  summaryHeading: '概要',
  byFocusArea: '重点分野別',
  byMeans: '手段別',
  byStatus: '状況別',
  tableHeading: '取組一覧',
  number: '番号',
  title: '取組',
  hosts: '実施国',
  means: '手段',
  status: '状況',
  sourcesHeading: '出典：文書の記述',
  where: (document: string, section: string) => `${document}・項目：${section}`,
  none: 'この表示に該当する取組はありません。',
  more: (n: number) =>
    `…ほか${n.toLocaleString('ja')}件の取組はここに載せていません（「ダウンロード」でCSVかGeoJSONとしてすべて保存できます）。`,
  citeAs: '引用',
  basemap: 'Basemap: Natural Earth (world-atlas)',
  initiative: '取組',
  allInitiatives: 'すべての取組',
};

export function briefWords(lang: Lang): BriefWords {
  return lang === 'ja' ? JA : EN;
}
