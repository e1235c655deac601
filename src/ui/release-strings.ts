/**
 * Words for the dataset's release and the About panel, in both languages. Kept out of strings.ts,
 * which the entry chunk carries, so that they load with the panels that use them.
 */
import type { Lang } from '../lib/lang.ts';

const EN = {
  dataRelease: (version: string) => `Dataset version ${version}`,
  aboutHeading: 'About this data',
  aboutRelease: 'Release',
  aboutSources: 'Sources',
  aboutLicence: 'Licence and attribution',
  aboutCite: 'How to cite',
  close: 'Close',
} as const;

type ReleaseStrings = {
  readonly [K in keyof typeof EN]: (typeof EN)[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

const JA: ReleaseStrings = {
  dataRelease: (version: string) => `データ版 ${version}`,
  aboutHeading: 'このデータについて',
  aboutRelease: '版',
  aboutSources: '出典',
  aboutLicence: 'ライセンスと出典表示',
  aboutCite: '引用のしかた',
  close: '閉じる',
};

export function releaseStrings(lang: Lang): ReleaseStrings {
  return lang === 'ja' ? JA : EN;
}
