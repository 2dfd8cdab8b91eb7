import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist', 'dist-*/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Scripts run on Node's own type stripping, which resolves a relative import only by its full file name.
      // One rule for the whole tree, so a module reads the same whether Vite, Vitest or Node loads it.
      'no-restricted-syntax': [
        'error',
        ...['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'ImportExpression'].map((node) => ({
          selector: `${node}[source.value=/^\\.\\.?\\/(?!.*\\.[a-z]+(\\?[a-z]+)?$)/]`,
          message: 'Write a relative import with its file suffix (./module.ts), as Node resolves it.',
        })),
      ],
    },
  },
);
