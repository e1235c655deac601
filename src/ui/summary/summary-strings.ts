/**
 * The Summary view's words, in both languages. Apart from strings.ts because that table ships with
 * the first render, and these load with the Summary (SummaryView.tsx) when it is first opened.
 */
import type { Lang } from '../../lib/lang.ts';

const EN = {
  heading: 'Summary',
  hint: 'Each bar, split by focus area, counts what its filter would match. Click a bar to filter by it.',
  ownFacet: 'Counted over the other filters, as its checkboxes are.',
  asTable: 'Show as table',
  none: 'None among these initiatives.',
  others: (n: number) => `${n} other countries`,
  /** A summary bar's name: its label, its total, then each focus area's share ("5 Security"). */
  barName: (label: string, total: number, ...parts: string[]) =>
    [`${label}: ${total} initiative${total === 1 ? '' : 's'}`, ...parts].join(', '),
  barPart: (n: number, pillar: string) => `${n} ${pillar}`,
  showEach: (n: number) => `Show each of the ${n}`,
  total: 'Total',
  value: 'Value',
} as const;

type SummaryStrings = {
  readonly [K in keyof typeof EN]: (typeof EN)[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

const JA: SummaryStrings = {
  heading: '集計',
  hint: '棒は重点分野別に色分けされ、その条件で絞り込んだときの件数を示します。棒をクリックすると絞り込みます。',
  ownFacet: 'チェックボックスと同じく、ほかの条件だけで数えています。',
  asTable: '表で表示',
  none: '該当する取組にはありません。',
  others: (n: number) => `その他の${n}か国`,
  barName: (label: string, total: number, ...parts: string[]) =>
    `${label}：${total}件の取組${parts.length > 0 ? `（${parts.join('、')}）` : ''}`,
  barPart: (n: number, pillar: string) => `${pillar}${n}件`,
  showEach: (n: number) => `${n}か国をすべて表示`,
  total: '合計',
  value: '項目',
};

export function summaryStrings(lang: Lang): SummaryStrings {
  return lang === 'ja' ? JA : EN;
}
