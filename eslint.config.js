import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** The SvelteKit template's setup: recommended JavaScript, TypeScript and Svelte rules; Prettier owns the layout. */
export default ts.config(
  {
    // Generated or installed files (as in .gitignore).
    ignores: ['.svelte-kit/', 'build/', 'functions/lib/', '.cache/', 'coverage/', 'test-results/']
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  prettier,
  ...svelte.configs.prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // TypeScript already reports undefined names, and knows the globals ESLint does not.
      'no-undef': 'off',
      // `const { texts, ...entry } = …` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // The app is served at the site's root (no `paths.base`), so wrapping every link in resolve() would change nothing.
      'svelte/no-navigation-without-resolve': 'off'
    }
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: { extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
    }
  }
);
