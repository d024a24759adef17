import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', 'bench/out'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/ui/**/*.tsx', 'src/ui/**/*.ts', 'src/store/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Layering: core is pure (no React, no DOM store, no worker plumbing).
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['react', 'react-dom', 'zustand', '**/ui/**', '**/store/**', '**/worker/**'], message: 'src/core must stay pure: no React, store or worker imports.' },
        ],
      }],
    },
  },
  {
    // The worker must not reach into the UI or the store.
    files: ['src/worker/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['react', 'react-dom', 'zustand', '**/ui/**', '**/store/**'], message: 'The worker may import core and its protocol only.' }],
      }],
    },
  },
  {
    // Property tests run through src/test/fastCheckTally.ts, which counts their cases (a whole run needs 10,000).
    files: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: "CallExpression[callee.object.name='fc'][callee.property.name=/^(assert|check)$/]",
        message: 'Run properties with checkProperty (src/test/fastCheckTally.ts), so that their cases are counted.',
      }],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
