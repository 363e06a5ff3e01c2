export * from './describe-event';
export * from './format-nb';
