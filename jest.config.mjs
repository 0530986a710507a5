// Native ESM Jest (run through `node --experimental-vm-modules`). ts-jest only transpiles here;
// `npm run typecheck` is the type gate.

/**
 * Suites that load the machine on their own (dozens of child processes each) and must not share the CPU with
 * other test files: they form the `serial` project, run in band after (or before) the parallel ones.
 */
const SERIAL = ['test/deploy/crash-at-any-point-recovers-one-revision.spec.ts'];

/** @type {import('jest').Config} */
const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^#apache$': '<rootDir>/libs/apache/src/index.ts',
    '^#db$': '<rootDir>/libs/db/src/index.ts',
    '^#client$': '<rootDir>/libs/client/src/index.ts',
    '^#deploy$': '<rootDir>/libs/deploy/src/index.ts',
    '^#api/(.*)\\.js$': '<rootDir>/apps/api/src/$1',
    '^#test-support/(.*)\\.js$': '<rootDir>/test/support/$1',
    '^#generated/prisma$': '<rootDir>/libs/db/src/generated/prisma/client.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.json' }],
  },
};

/** @type {import('jest').Config} */
export default {
  projects: [
    {
      ...common,
      displayName: 'parallel',
      roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
      testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', ...SERIAL.map((path) => `<rootDir>/${path}`)],
    },
    {
      ...common,
      displayName: 'serial',
      runner: '<rootDir>/test/support/jest/serial-runner.mjs',
      roots: ['<rootDir>/test'],
      testMatch: SERIAL.map((path) => `<rootDir>/${path}`),
    },
  ],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  reporters: ['default', '<rootDir>/test/support/summary-reporter.mjs'],
  testTimeout: 60000,
  // On 2 cores Jest picks one worker and then runs every file inside its own process, whose heap grows with each
  // file's module graph (ESM modules under vm are never freed) until it dies near 4 GB around file 140. A memory
  // limit makes Jest use a real worker and replace it once a file leaves it above the limit.
  workerIdleMemoryLimit: '1GB',
};
