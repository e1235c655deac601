/** The names of the synthetic datasets (`?data=`), apart from their generator (synthetic.ts), which loads only when one is asked for. */
export const SYNTHETIC_SIZES = { 'synthetic-10k': 10_000, 'synthetic-100k': 100_000 } as const;
export type SyntheticName = keyof typeof SYNTHETIC_SIZES;

export function isSyntheticName(value: string): value is SyntheticName {
  return value in SYNTHETIC_SIZES;
}
