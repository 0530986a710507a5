import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// no-restricted-imports reads `group` entries as .gitignore lines, where a leading `#` starts a comment: the
// `#db`-style subpath imports must be escaped (`\\#db`) or they silently match nothing.
const DATABASE_IMPORTS = {
  group: ['\\#db', '\\#generated/*', '@prisma/*', 'pg'],
  message: 'Only *.repository.ts files and apps/api/src/platform/database may reach the database.',
};
const EXPRESS_IMPORTS = {
  group: ['express', 'express/*'],
  message: 'Only controllers and apps/api/src/platform (HTTP) may know Express.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'libs/db/src/generated/**', '.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  {
    // The rules of Apache are a pure library: no framework, no database (style.md habit 1).
    files: ['libs/apache/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@nestjs/*'], message: 'libs/apache must stay free of NestJS.' },
            {
              group: ['@prisma/*', '\\#generated/*', '\\#db'],
              message: 'libs/apache must stay free of Prisma.',
            },
          ],
        },
      ],
    },
  },
  {
    // The publisher runs in the API and in a standalone agent: no framework, no database.
    files: ['libs/deploy/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nestjs/*', '@prisma/*', '\\#generated/*', '\\#db'],
              message: 'libs/deploy must stay framework-free.',
            },
          ],
        },
      ],
    },
  },
  {
    // apps/api's layers (docs/architecture.md): only repositories and platform/database reach the database, and
    // only controllers and the HTTP platform code know Express. A service or use case that needs either is
    // asking for a repository method or a controller decision.
    files: ['apps/api/src/**/*.ts'],
    ignores: ['apps/api/src/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [DATABASE_IMPORTS, EXPRESS_IMPORTS] }],
    },
  },
  {
    files: ['apps/api/src/**/*.repository.ts', 'apps/api/src/platform/database/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [EXPRESS_IMPORTS] }] },
  },
  {
    files: [
      'apps/api/src/**/*.controller.ts',
      'apps/api/src/platform/**/*.ts',
      'apps/api/src/configure-app.ts',
    ],
    ignores: ['apps/api/src/platform/database/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [DATABASE_IMPORTS] }] },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
