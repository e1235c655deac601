// TEMP stub (branch ud-features): the real file comes from branch ud-table; drop this at merge.
export const LIMITS = { bytes: 100 * 1024 * 1024, features: 500_000 } as const;
