export * from './case-export';
export * from './build-case-export';
export * from './pdf';
