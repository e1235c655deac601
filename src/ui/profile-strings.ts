/**
 * Words for profiles, in both languages. Kept out of strings.ts: the links that open a profile
 * need only `profileOf`, and the panel's words load with the panel.
 */
import type { ProfileKind } from '../data/profile.ts';
import type { ProfileCountFacet } from '../data/profile-summary.ts';
import type { Lang } from '../lib/lang.ts';

const EN = {
  profileOf: (name: string) => `Profile of ${name}`,
  closeProfile: 'Close the profile',
  profileLabel: (name: string) => `Profile: ${name}`,
  kindCountry: 'Host country',
  kindPartner: 'Partner',
  kindTool: 'Means',
  kindRegion: 'Region',
  byPillar: 'By focus area',
  byStatus: 'By status',
  byTool: 'By means',
  byPartner: 'By partner',
  byCountry: 'By host country',
  atAGlance: 'At a glance',
  initiatives: 'Initiatives',
  countOf: (n: number, name: string) => `${name}: ${n}`,
  loading: 'Loading the profile…',
} as const;

type ProfileStrings = {
  readonly [K in keyof typeof EN]: (typeof EN)[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

const JA: ProfileStrings = {
  profileOf: (name: string) => `${name}のプロフィール`,
  closeProfile: 'プロフィールを閉じる',
  profileLabel: (name: string) => `プロフィール：${name}`,
  kindCountry: '実施国',
  kindPartner: '連携先',
  kindTool: '手段',
  kindRegion: '地域',
  byPillar: '分野別',
  byStatus: '状況別',
  byTool: '手段別',
  byPartner: '連携先別',
  byCountry: '実施国別',
  atAGlance: 'まとめ',
  initiatives: '取組',
  countOf: (n: number, name: string) => `${name}：${n}件`,
  loading: 'プロフィールを読み込み中…',
};

export function profileStrings(lang: Lang): ProfileStrings {
  return lang === 'ja' ? JA : EN;
}

export const KIND_KEYS = {
  country: 'kindCountry',
  partner: 'kindPartner',
  tool: 'kindTool',
  region: 'kindRegion',
} as const satisfies Record<ProfileKind, keyof ProfileStrings>;

export const COUNT_KEYS = {
  pillar: 'byPillar',
  status: 'byStatus',
  tool: 'byTool',
  partner: 'byPartner',
  country: 'byCountry',
} as const satisfies Record<ProfileCountFacet, keyof ProfileStrings>;
