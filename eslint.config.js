// Lint: TypeScript rules, React hooks, accessibility, and the boundary that keeps the law-deciding code free of UI and PDF libraries.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

const uiAndPdf = [
  { group: ['react', 'react-*', 'react/*', 'react-dom', 'react-dom/*'], message: 'The engine and questionnaire code must not depend on React.' },
  { group: ['xstate', 'xstate/*', '@xstate/*'], message: 'The engine and questionnaire code must not depend on XState.' },
  { group: ['jspdf', 'jspdf-*'], message: 'The engine and questionnaire code must not depend on jsPDF.' },
  { group: ['**/machine/**', '**/steps/**', '**/components/**', '**/app/**', '**/report/**'], message: 'The engine and questionnaire code must not import views, the machine or the report.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'tests/e2e/out/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.configs.recommended.rules },
  },
  {
    // Moving focus to the field the user has just asked to edit (rename) is intended.
    files: ['src/steps/saved/saved-row.tsx'],
    rules: { 'jsx-a11y/no-autofocus': 'off' },
  },
  {
    files: ['src/engine/**/*.ts', 'src/questionnaire/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: uiAndPdf }] },
  },
);
