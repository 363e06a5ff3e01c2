export * from './nav-application';
