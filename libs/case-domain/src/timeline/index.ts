export * from './describe-event';
export * from './format-nb';
export * from './describe-stream';
