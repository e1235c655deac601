/**
 * Closed vocabularies of the dataset. Each value is documented in README.md
 * ("Data dictionary"); adding one means adding it there too.
 */

export const PILLARS = [1, 2, 3] as const;
export type Pillar = (typeof PILLARS)[number];

/** Japan's means, as the documents state or plainly imply them. */
export const TOOLS = [
  'ODA',
  'OSA',
  'JBIC',
  'JOGMEC',
  'loan',
  'private',
  'agreement',
  'dialogue',
  'research',
  'demonstration',
  'exercise',
  'defence-transfer',
  'capacity-building',
  'trade-rules',
  'contribution',
  'exchange',
  'unspecified',
] as const;
export type Tool = (typeof TOOLS)[number];

/** Organisations and groupings that can be partners beside Japan (countries use ISO alpha-3). */
export const ORGANISATIONS = ['WB', 'ADB', 'ASEAN', 'EU', 'IEA', 'QUAD', 'PIF', 'AU'] as const;
export type Organisation = (typeof ORGANISATIONS)[number];

/**
 * IATI / AidData geographical precision codes used here.
 * 7 and 9 ("unclear, capital/country assumed") are not used: when the documents
 * name no place we say so with 6 (country) rather than guess.
 */
export const PRECISIONS = [1, 2, 3, 4, 5, 6, 8] as const;
export type Precision = (typeof PRECISIONS)[number];

export const SOURCE_DOCS = ['evolved-foip', 'japan-india-summit'] as const;
export type SourceDoc = (typeof SOURCE_DOCS)[number];

/** How far along the documents say an initiative is. */
export const STATUSES = ['planned', 'decided', 'agreed', 'launched', 'ongoing'] as const;
export type Status = (typeof STATUSES)[number];

/** The status facet's value for an initiative whose documents state no status. */
export const UNSTATED = 'unstated';
/** The status facet's values: the statuses, then `unstated`. */
export const STATUS_VALUES = [...STATUSES, UNSTATED] as const;
export type StatusValue = (typeof STATUS_VALUES)[number];

/** Region-wide scopes the documents name instead of countries (e.g. 「ASEAN（広域）」). */
export const SCOPES = ['ASEAN', 'Pacific islands', 'Africa', 'Europe'] as const;
export type Scope = (typeof SCOPES)[number];
