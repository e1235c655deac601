/**
 * Deterministic synthetic initiatives for benchmarks and scale testing (?data=synthetic-10k,
 * ?data=synthetic-100k): same schema as the real dataset, generated from a seed, placed
 * in or near the real dataset's host countries. Not data about anything: never shown
 * without saying so.
 */
import type { Initiative } from './initiative.ts';
import { ORGANISATIONS, PRECISIONS, TOOLS, type Precision } from './vocabulary.ts';

/** Mulberry32: a small, fast, well-known seeded generator (uniform in [0, 1)). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Country points of the real dataset: single-country, country-level features give each country's point. */
export function countryPointsOf(base: readonly Initiative[]): Map<string, [number, number]> {
  const points = new Map<string, [number, number]>();
  for (const { geometry, properties } of base) {
    if (properties.precision !== 6 && !(properties.precision === 5 && properties.scope)) continue;
    const positions = geometry.type === 'Point' ? [geometry.coordinates] : geometry.type === 'MultiPoint' ? geometry.coordinates : [];
    properties.countries.forEach((code, i) => {
      const position = positions[i];
      if (position && !points.has(code)) points.set(code, position);
    });
  }
  return points;
}

const WORDS = [
  'port',
  'cable',
  'grid',
  'rail',
  'data centre',
  'coast guard',
  'training',
  'survey',
  'bridge',
  'solar',
  'minerals',
  'radar',
  'AI',
  'hospital',
  'water',
];
const WORDS_JA = [
  '港湾',
  'ケーブル',
  '送電網',
  '鉄道',
  'データセンター',
  '海上保安',
  '研修',
  '調査',
  '橋梁',
  '太陽光',
  '鉱物',
  'レーダー',
  'AI',
  '病院',
  '水道',
];

/** `count` initiatives from `seed`; the same arguments always give the same features. */
export function syntheticInitiatives(count: number, seed: number, base: readonly Initiative[]): Initiative[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const points = [...countryPointsOf(base)];
  if (points.length === 0) throw new Error('synthetic data needs a base dataset with country-level features');
  const partners = [...ORGANISATIONS, ...points.map(([code]) => code)];
  const precisions: readonly Precision[] = PRECISIONS;
  const out: Initiative[] = [];
  for (let i = 0; i < count; i++) {
    const [code, [lng, lat]] = pick(points);
    const precision = random() < 0.6 ? pick([1, 2] as const) : pick(precisions);
    const jitter = precision <= 4 ? 1.2 : 0;
    const position: [number, number] = [clamp(lng + (random() - 0.5) * jitter, -180, 180), clamp(lat + (random() - 0.5) * jitter, -85, 85)];
    const word = Math.floor(random() * WORDS.length);
    const pillar = (1 + Math.floor(random() * 3)) as 1 | 2 | 3;
    const tools = [...new Set([pick(TOOLS), pick(TOOLS)])];
    const partnerList = random() < 0.5 ? [] : [...new Set([pick(partners), pick(partners)])].filter((p) => p !== 'JPN');
    const id = `synthetic-${seed}-${i}`;
    out.push({
      type: 'Feature',
      id,
      geometry: { type: 'Point', coordinates: position },
      properties: {
        title: { en: `Synthetic ${WORDS[word]} project ${i} in ${code}`, ja: `合成データ ${WORDS_JA[word]} 事業 ${i}（${code}）` },
        summary: { en: `Synthetic initiative ${i}, generated for benchmarks.`, ja: `ベンチマーク用に生成した合成データ ${i}。` },
        pillar,
        countries: [code],
        partners: partnerList,
        tools,
        precision: precision === 5 ? 6 : precision,
        source: { doc: 'evolved-foip', section: 'synthetic', quote: `synthetic ${i}` },
      },
    });
  }
  return out;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(value * 1e4) / 1e4));
}
