export * from './limits.ts';
export * from './safe-json.ts';
export * from './save-schema.ts';
export * from './migrations.ts';
export * from './key-value-store.ts';
export * from './history-csv.ts';
export * from './progress-store.ts';
export * from './history-merge.ts';
