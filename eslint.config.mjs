import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['build/**', 'node_modules/**', 'demo/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['scripts/**/*.{mjs,cjs,js}'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly', URL: 'readonly', performance: 'readonly', setTimeout: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      // The domain is pure: no Google services, no Node, no clock.
      'no-restricted-globals': ['error', 'SpreadsheetApp', 'HtmlService', 'FormApp', 'DocumentApp', 'DriveApp', 'MailApp',
        'ScriptApp', 'LockService', 'PropertiesService', 'Utilities', 'Session', 'process', 'require', 'Buffer', 'window', 'document'],
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'exceljs', '../gas/*', '../local/*', '../ui/*'] }],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Время передаётся в домен аргументом.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Время передаётся в домен аргументом.' }],
    },
  },
  {
    files: ['src/ui/**/*.ts'],
    rules: {
      // Text from the sheet is shown as text, never parsed as HTML.
      'no-restricted-properties': ['error', { property: 'innerHTML' }, { property: 'outerHTML' }, { property: 'insertAdjacentHTML' }],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
