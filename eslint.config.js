// Lint rules, including the dependency direction of DESIGN §2.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const presentation = ['**/game/**', '**/ui/**', '**/present/**', '**/main', '**/main.ts'];
const adapters = ['**/persist/**', '**/lms/**'];
const authoring = ['**/authoring/**'];
const browserOnly = ['phaser', 'phaser/*', 'idb-keyval', 'dexie', '@dicebear/*'];
const compiler = ['inkjs/full', 'inkjs/compiler/*'];

const restrict = (patterns, message) => ({ group: patterns, message });

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'dist-cli', 'coverage', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/sim/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'inkjs', message: 'Only src/story imports the inkjs runtime.' }],
          patterns: [
            restrict(
              [
                ...browserOnly,
                ...compiler,
                ...presentation,
                ...adapters,
                ...authoring,
                '**/session/**',
                '**/story/**',
              ],
              'src/sim is pure scoring over plain data: it imports nothing above it (DESIGN §2).',
            ),
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator'],
    },
  },
  {
    files: ['src/story/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict(
              [...browserOnly, ...compiler, ...presentation, ...adapters, ...authoring, '**/session/**'],
              'src/story wraps the inkjs runtime only: no Phaser, DOM, storage, compiler or layers above (DESIGN §2).',
            ),
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator'],
    },
  },
  {
    files: ['src/session/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'inkjs', message: 'Only src/story imports the inkjs runtime; use the story runner.' },
          ],
          patterns: [
            restrict(
              [...browserOnly, ...compiler, ...presentation, ...adapters, ...authoring],
              'src/session knows nothing of Phaser, the DOM or storage (DESIGN §2).',
            ),
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator'],
    },
  },
  {
    files: [
      'src/game/**/*.ts',
      'src/ui/**/*.ts',
      'src/present/**/*.ts',
      'src/persist/**/*.ts',
      'src/lms/**/*.ts',
      'src/boot/**/*.ts',
      'src/main.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'inkjs', message: 'Only src/story imports the inkjs runtime.' }],
          patterns: [
            restrict(
              [...compiler, ...authoring],
              'The browser bundle never imports the ink compiler or src/authoring (load the compile worker lazily).',
            ),
          ],
        },
      ],
    },
  },
);
