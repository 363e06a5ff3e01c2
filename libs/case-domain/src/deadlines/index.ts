export * from './absence-periods';
export * from './deadlines';
