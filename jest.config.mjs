// Native ESM Jest (run through `node --experimental-vm-modules`). ts-jest only transpiles here;
// `npm run typecheck` is the type gate.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
  moduleNameMapper: {
    '^#apache$': '<rootDir>/libs/apache/src/index.ts',
    '^#db$': '<rootDir>/libs/db/src/index.ts',
    '^#deploy$': '<rootDir>/libs/deploy/src/index.ts',
    '^#api/(.*)\\.js$': '<rootDir>/apps/api/src/$1',
    '^#test-support/(.*)\\.js$': '<rootDir>/test/support/$1',
    '^#generated/prisma$': '<rootDir>/libs/db/src/generated/prisma/client.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.json' }],
  },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  reporters: ['default', '<rootDir>/test/support/summary-reporter.mjs'],
  testTimeout: 60000,
};
