// Flat config: typescript-eslint for all rooms, plus import boundaries that keep the arrows one way.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Node built-ins by exact name (patterns would also catch a local module named like one, e.g. ./events).
const NODE_BUILTINS = ['fs', 'fs/promises', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'events', 'stream', 'worker_threads', 'http', 'https', 'net', 'zlib', 'buffer', 'process'];
const nodeBuiltinPaths = (message) => NODE_BUILTINS.map((name) => ({ name, message }));
const nodeBuiltins = ['node:*'];

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', '.tsbuild', 'test-results', 'playwright-report', 'bench/.results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: nodeBuiltinPaths('shared/ is pure: no Node imports.'),
        patterns: [
          { group: ['electron', 'electron/*', 'react', 'react-dom', 'react/*', '@xyflow/*', 'zustand', 'zustand/*', ...nodeBuiltins], message: 'shared/ is pure: no Electron, React, DOM or Node imports.' },
          { group: ['**/renderer/**', '**/electron/**', '../renderer', '../electron', '../../renderer', '../../electron'], message: 'shared/ imports nothing outside shared/.' },
        ],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        paths: nodeBuiltinPaths('The renderer reaches the system only through window.virtlab.'),
        patterns: [
          { group: ['electron', 'electron/*', ...nodeBuiltins], message: 'The renderer reaches the system only through window.virtlab.' },
          { group: ['**/electron/**'], message: 'renderer/ never imports electron/.' },
        ],
      }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'electron/ never imports renderer/.' }] }],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'bench/**/*.ts', 'bin/**/*.js', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
