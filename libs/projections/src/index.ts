export * from './projection';
export * from './checkpoint-store';
export * from './projection-runner';
export * from './rebuild';
export * from './schema';
export * from './signal';
export * from './stream-index/stream-index.projection';
