import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'web/dist', 'data', 'server/db/migrations', 'e2e/screenshots', 'coverage', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['web/src/**/*.tsx', 'web/src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // Queries live in *.repository.ts: a route or service reaches the database only through a repository, so a
    // rule about data has one place to look (docs/decisions/0020-dossier-core-and-repositories.md). Every module is
    // covered, a new one too.
    // Demo seeds (*.demo.ts) and test support write their fixtures directly and stay outside the rule.
    files: ['server/modules/**/*.ts'],
    ignores: ['**/*.repository.ts', '**/*.test.ts', '**/*.demo.ts', '**/*test-support.ts', '**/*-test-data.ts', '**/*-fixtures.ts', '**/*-child.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'drizzle-orm', message: 'Queries go in a *.repository.ts of the module.', allowTypeImports: true },
            { name: 'drizzle-orm/pg-core', message: 'Queries go in a *.repository.ts of the module.', allowTypeImports: true },
          ],
          patterns: [
            { group: ['**/db/schema', '**/db/schema/*'], message: 'Tables are read and written in a *.repository.ts of the module.', allowTypeImports: true },
            { group: ['**/db/client'], importNames: ['queryRows'], message: 'Raw SQL goes in a *.repository.ts of the module.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='execute']", message: 'Statements run in a *.repository.ts of the module.' },
        {
          selector: "CallExpression[callee.property.name=/^find(Many|First)$/][callee.object.object.property.name='query']",
          message: 'Queries go in a *.repository.ts of the module.',
        },
      ],
    },
  },
  {
    // domain/ is pure: no node built-ins, no server, no web.
    files: ['domain/**/*.ts', 'contracts/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', '**/server/**', '**/web/**', 'fs', 'path', 'pg', 'drizzle-orm*'] }],
    },
  },
);
