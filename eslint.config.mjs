// Lint: TypeScript's recommended rules and React's rules of hooks, on the app's own sources.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '.next/**',
      '.next-*/**',
      'out/**',
      'node_modules/**',
      'public/vendor/**',
      'test-results/**',
      'playwright-report/**',
      'demo-output/**',
      '.scratch/**',
      'bench/tmp/**',
      'next-env.d.ts',
      '**/*Binary.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // React code only: the workers have functions named use* that are not hooks.
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['**/*.{ts,tsx,mts}'],
    rules: {
      // Unused arguments name a callback's shape; a leading underscore says they are unused on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['**/*.{mjs,js}'],
    // Node scripts, some of which hand functions to the browser (page.evaluate).
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
