/**
 * "About this data", pure: the release, the sources, the licences and how to cite, in either
 * language, from the dataset's metadata. The About panel renders it as text; links are only ever
 * https addresses, so nothing from a data file can become a script URL.
 */
import type { Lang } from '../lib/lang.ts';
import { citationOf } from './citation.ts';
import type { DatasetMetadata } from './initiative.ts';

export interface AboutLink {
  readonly label: string;
  /** Always an https: URL. */
  readonly url: string;
}

export interface AboutSource {
  readonly title: string;
  readonly publisher: string | null;
}

export interface AboutData {
  /** "Version 1.1.0, 2026-11-27"; null without metadata. */
  readonly release: string | null;
  readonly changes: string;
  readonly sources: readonly AboutSource[];
  readonly dataLicence: string;
  readonly sourceTerms: string;
  readonly codeLicence: string;
  readonly basemap: string;
  /** The citation the downloads and images carry (in English, with the Japanese titles). */
  readonly citation: string;
  readonly links: readonly AboutLink[];
}

/** Where MOFA states the terms for its website content, and the licence it applies. */
export const MOFA_TERMS_URL = 'https://www.mofa.go.jp/about/legalmatters.html';
export const PDL_URL: Record<Lang, string> = {
  en: 'https://www.digital.go.jp/en/resources/open_data/public_data_license_v1.0',
  ja: 'https://www.digital.go.jp/resources/open_data/public_data_license_v1.0',
};

const TEXT = {
  en: {
    release: (version: string | undefined, updated: string) => (version ? `Version ${version}, ${updated}` : `Updated ${updated}`),
    changes:
      'What each release changed, per initiative, is in data/CHANGELOG.md; the rules for means and focus areas are in data/notes/rules.md.',
    dataLicence: (id: string | undefined) =>
      id
        ? `The dataset is licensed under ${id === 'CC-BY-4.0' ? 'Creative Commons Attribution 4.0 (CC BY 4.0)' : id}: you may share and adapt it, commercially too, if you credit it and say what you changed.`
        : 'The dataset states no licence.',
    sourceTerms:
      'Titles, quotes, headings and map labels come from documents of the Ministry of Foreign Affairs of Japan (MOFA), whose website content is available under the Public Data License (Version 1.0), compatible with CC BY 4.0. This dataset is made by editing them; it is not made or endorsed by MOFA.',
    codeLicence: 'The app’s code is under the MIT licence; other people’s data and code it ships are listed in THIRD-PARTY-NOTICES.md.',
    basemap: 'Basemap: Natural Earth (public domain), via world-atlas.',
    links: { licence: 'Licence of the dataset', mofa: 'MOFA: terms of use of its website', pdl: 'Public Data License (Version 1.0)' },
  },
  ja: {
    release: (version: string | undefined, updated: string) => (version ? `版 ${version}（${updated}）` : `${updated}更新`),
    changes: '各版での変更点は取組ごとに data/CHANGELOG.md に、手段と重点分野の判定ルールは data/notes/rules.md に記載しています。',
    dataLicence: (id: string | undefined) =>
      id
        ? `データセットは${id === 'CC-BY-4.0' ? 'クリエイティブ・コモンズ 表示 4.0 国際（CC BY 4.0）' : id}で提供しています。出典を示し、変更点を明記すれば、商用を含めて共有・改変できます。`
        : 'データセットにライセンスの記載はありません。',
    sourceTerms:
      'タイトル・原文・項目・地図ページの表記は外務省の文書によります。外務省ホームページのコンテンツは公共データ利用規約（第1.0版）（CC BY 4.0と互換）の下で利用できます。本データセットはこれを編集・加工して作成したもので、外務省が作成・承認したものではありません。',
    codeLicence: 'アプリのコードはMITライセンスです。同梱する第三者のデータとコードは THIRD-PARTY-NOTICES.md に記載しています。',
    basemap: '背景地図：Natural Earth（パブリックドメイン）、world-atlas経由。',
    links: { licence: 'データセットのライセンス', mofa: '外務省：ホームページの利用について', pdl: '公共データ利用規約（第1.0版）' },
  },
} as const;

export function aboutData(metadata: DatasetMetadata | undefined, lang: Lang): AboutData {
  const t = TEXT[lang];
  const licenceUrl = metadata?.licence?.url;
  const links: AboutLink[] = [
    ...(licenceUrl && isHttps(licenceUrl) ? [{ label: t.links.licence, url: licenceUrl }] : []),
    { label: t.links.mofa, url: MOFA_TERMS_URL },
    { label: t.links.pdl, url: PDL_URL[lang] },
  ];
  return {
    release: metadata ? t.release(metadata.version, metadata.updated) : null,
    changes: t.changes,
    sources: (metadata?.sources ?? []).map((s) => ({ title: s.title[lang], publisher: s.publisher?.[lang] ?? null })),
    dataLicence: t.dataLicence(metadata?.licence?.id),
    sourceTerms: t.sourceTerms,
    codeLicence: t.codeLicence,
    basemap: t.basemap,
    citation: citationOf(metadata),
    links,
  };
}

function isHttps(url: string): boolean {
  return URL.canParse(url) && new URL(url).protocol === 'https:';
}
