export * from './case-export';
export * from './build-case-export';
export * from './pdf';
export * from './verify-export';
export * from './case-export-schema';
export * from './export-digest';
