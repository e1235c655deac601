/** An amount of money as the detail panel shows it (¥2T, ￥2兆): the platform's compact currency format. */
import type { Lang } from '../lib/lang.ts';

export function formatAmount(value: number, currency: string, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-US', {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(value);
}
