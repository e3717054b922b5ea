// Layer rules from DESIGN.md, enforced: shared/ is pure, renderer/ never reaches Node or
// Electron, electron/db never imports electron, and nothing imports tools/, bench/ or tests/.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const DEV_ONLY = ['**/tools/**', '**/bench/**', '**/tests/**'].map((group) => ({
  group: [group],
  message: 'tools/, bench/ and tests/ are never imported by product code.',
}));
const NODE_BUILTINS = {
  group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'worker_threads', 'http', 'https', 'net', 'url', 'util', 'stream', 'zlib', 'buffer', 'events', 'timers', 'timers/*'],
  message: 'No Node built-ins here.',
};
const ELECTRON = { group: ['electron', 'electron/*'], message: 'No Electron here.' };
const BETTER_SQLITE = { group: ['better-sqlite3'], message: 'Only electron/db/driver.ts imports the SQLite driver.' };

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-output/**', 'bin/**', 'assets/**', 'native-electron/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: restrict(
      NODE_BUILTINS,
      ELECTRON,
      BETTER_SQLITE,
      { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'shared/ has no React.' },
      { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports only shared/.' },
      ...DEV_ONLY,
    ),
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: { 'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'process', 'Buffer', 'require'] },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Data-loading effects reset their state when their input changes; that is intended here.
      'react-hooks/set-state-in-effect': 'off',
      // We do not run the React Compiler; TanStack Virtual's hook is fine without memoisation.
      'react-hooks/incompatible-library': 'off',
      ...restrict(NODE_BUILTINS, ELECTRON, BETTER_SQLITE, { group: ['**/electron/**', '!**/electron/preload/api'], message: 'renderer/ sees only shared/ and the preload types.' }, ...DEV_ONLY),
    },
  },
  {
    files: ['electron/db/**/*.ts'],
    ignores: ['electron/db/driver.ts'],
    rules: restrict(ELECTRON, BETTER_SQLITE, ...DEV_ONLY),
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/db/**', 'electron/**/*.test.ts'],
    rules: restrict(BETTER_SQLITE, ...DEV_ONLY),
  },
);
