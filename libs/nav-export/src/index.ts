export * from './case-export';
