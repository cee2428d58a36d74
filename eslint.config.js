// Lint at zero warnings (`pnpm lint`, part of `pnpm check`): typescript-eslint for TS, eslint-plugin-svelte
// for components; formatting is Prettier's job, so eslint-config-prettier turns the style rules off.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  { ignores: ['**/node_modules/', '**/.svelte-kit/', '**/build/', '.data/', '.turbo/', 'drizzle/', 'test/bench/results/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  prettier,
  ...svelte.configs.prettier,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
      'no-undef': 'off',
      // The app is served at the root (no `paths.base`), so plain hrefs are what resolve() would return.
      'svelte/no-navigation-without-resolve': 'off',
      // Flags Maps and URLSearchParams built and read inside one function call, which need no reactivity.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { extraFileExtensions: ['.svelte'], parser: ts.parser } },
  },
);
