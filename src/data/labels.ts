/** Words for the dataset's codes, in both languages. */
import type { Lang, LocalText } from '../lib/lang.ts';
import { countryName } from './countries.ts';
import type { Organisation, Pillar, Precision, Scope, SourceDoc, Status, StatusValue, Tool } from './vocabulary.ts';
import { ORGANISATIONS } from './vocabulary.ts';

export const PILLAR_LABELS: Record<Pillar, LocalText> = {
  1: { en: 'AI/data-era economic foundation & supply chains', ja: 'AI・データ時代の経済基盤の構築' },
  2: { en: 'Public–private growth & shared rules', ja: '官民一体での経済成長機会の共創とルールの共有' },
  3: { en: 'Security cooperation for peace & stability', ja: '地域の平和と安定のための安全保障分野での連携拡充' },
};

export const PILLAR_SHORT: Record<Pillar, LocalText> = {
  1: { en: 'Economic foundation', ja: '経済基盤' },
  2: { en: 'Growth & rules', ja: '成長とルール' },
  3: { en: 'Security', ja: '安全保障' },
};

export const TOOL_LABELS: Record<Tool, LocalText> = {
  ODA: { en: 'ODA', ja: 'ODA' },
  OSA: { en: 'OSA (security assistance)', ja: 'OSA（政府安全保障能力強化支援）' },
  JBIC: { en: 'JBIC finance', ja: 'JBIC融資' },
  JOGMEC: { en: 'JOGMEC', ja: 'JOGMEC' },
  loan: { en: 'Loan', ja: '融資' },
  private: { en: 'Private investment', ja: '民間投資' },
  agreement: { en: 'Agreement / MoC', ja: '合意・協力覚書' },
  dialogue: { en: 'Dialogue', ja: '対話' },
  research: { en: 'Joint research', ja: '共同研究' },
  demonstration: { en: 'Demonstration trial', ja: '実証実験' },
  exercise: { en: 'Exercise / training', ja: '訓練・演習' },
  'defence-transfer': { en: 'Defence equipment transfer', ja: '防衛装備移転' },
  'capacity-building': { en: 'Capacity building', ja: '能力構築支援' },
  'trade-rules': { en: 'Trade & investment rules', ja: '貿易・投資ルール' },
  contribution: { en: 'Financial contribution', ja: '資金貢献' },
  exchange: { en: 'Exchange', ja: '交流' },
  unspecified: { en: 'Not stated in the source', ja: '手段の記載なし' },
};

export const PRECISION_LABELS: Record<Precision, LocalText> = {
  1: { en: 'Exact site', ja: '正確な地点' },
  2: { en: 'Near the site (within 25 km)', ja: '地点付近（25 km以内）' },
  3: { en: 'District (second-level area)', ja: '郡・市レベルの地域' },
  4: { en: 'Province or state', ja: '州・県レベルの地域' },
  5: { en: 'Approximate: along a route or a wider area', ja: '概略：経路沿い・広域' },
  6: { en: 'Country-level (no site named)', ja: '国レベル（地点の記載なし）' },
  8: { en: 'Capital as a stand-in', ja: '首都で代替' },
};

export const STATUS_LABELS: Record<Status, LocalText> = {
  planned: { en: 'Planned', ja: '予定' },
  decided: { en: 'Decided', ja: '決定' },
  agreed: { en: 'Agreed', ja: '合意' },
  launched: { en: 'Launched', ja: '立ち上げ' },
  ongoing: { en: 'Under way', ja: '実施中' },
};

/** The status facet's labels: each status, and none stated. */
export const STATUS_VALUE_LABELS: Record<StatusValue, LocalText> = {
  ...STATUS_LABELS,
  unstated: { en: 'Not stated', ja: '記載なし' },
};

export const SCOPE_LABELS: Record<Scope, LocalText> = {
  ASEAN: { en: 'ASEAN-wide', ja: 'ASEAN（広域）' },
  'Pacific islands': { en: 'Pacific islands (region-wide)', ja: '大洋州（広域）' },
  Africa: { en: 'Africa-wide', ja: 'アフリカ（広域）' },
  Europe: { en: 'Europe-wide', ja: '欧州（広域）' },
};

export const ORGANISATION_LABELS: Record<Organisation, LocalText> = {
  WB: { en: 'World Bank', ja: '世界銀行' },
  ADB: { en: 'Asian Development Bank', ja: 'アジア開発銀行' },
  ASEAN: { en: 'ASEAN', ja: 'ASEAN' },
  EU: { en: 'European Union', ja: 'EU' },
  IEA: { en: 'International Energy Agency', ja: '国際エネルギー機関' },
  QUAD: { en: 'Quad', ja: '日米豪印（クアッド）' },
  PIF: { en: 'Pacific Islands Forum', ja: '太平洋諸島フォーラム' },
  AU: { en: 'African Union', ja: 'アフリカ連合' },
};

export const SOURCE_LABELS: Record<SourceDoc, LocalText> = {
  'evolved-foip': { en: 'Evolved “Free and Open Indo-Pacific” (overview)', ja: '進化した「自由で開かれたインド太平洋」' },
  'japan-india-summit': { en: 'Japan–India summit: outcomes', ja: '日印首脳会談 成果' },
};

const organisations: readonly string[] = ORGANISATIONS;

/** A partner's name: organisations from the table above, countries from CLDR. */
export function partnerName(code: string, lang: Lang): string {
  return organisations.includes(code) ? ORGANISATION_LABELS[code as Organisation][lang] : countryName(code, lang);
}

export function text(value: LocalText, lang: Lang): string {
  return value[lang];
}
