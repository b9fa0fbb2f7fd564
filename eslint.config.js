// Lint rules, including the dependency direction of DESIGN §2.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const presentation = ['**/game/**', '**/ui/**', '**/present/**', '**/main', '**/main.ts'];
const adapters = ['**/persist/**', '**/lms/**', '**/room/**'];
const authoring = ['**/authoring/**'];
const browserOnly = ['phaser', 'phaser/*', 'idb-keyval', 'dexie', '@dicebear/*'];
const compiler = ['inkjs/full', 'inkjs/compiler/*'];

const restrict = (patterns, message) => ({ group: patterns, message });

// ---- The house's floors (DESIGN §2), one block per folder ----------------------------------------------------
// Each block repeats the browser's own restriction (no inkjs runtime outside src/story, no ink compiler, no
// src/authoring) because a later block's no-restricted-imports replaces an earlier one's for the same file.
// tests/lint/house-rules.test.ts proves that each rule rejects a deliberate violation.
const notInBrowser = restrict(
  [...compiler, ...authoring],
  'The browser bundle never imports the ink compiler or src/authoring (load the compile worker lazily).',
);
const inkRuntime = { name: 'inkjs', message: 'Only src/story imports the inkjs runtime; use the session.' };
const house = (files, patterns, message, ignores = []) => ({
  files,
  ignores,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [inkRuntime],
        patterns: [notInBrowser, ...(patterns.length ? [restrict(patterns, message)] : [])],
      },
    ],
  },
});
const houseConfig = [
  house(
    ['src/game/**/*.ts'],
    ['**/sim/**', '**/story/**', '**/ui/**', '**/present/**', ...adapters],
    'src/game only draws: it never imports src/sim (take moods and names from the session and its meeting frame).',
  ),
  house(
    ['src/ui/**/*.ts'],
    ['**/sim/**', '**/story/**', '**/present/**'],
    'src/ui talks to the session, its meeting frame and the shared kit (src/kit), not to src/sim or src/story; import what you need from src/session.',
  ),
  house(
    ['src/present/**/*.ts'],
    ['**/sim/**', '**/story/**', '**/ui/**'],
    'src/present talks to the session, its meeting frame and the shared kit (src/kit), never to src/ui screens or src/sim; move what both need into src/kit or src/session.',
  ),
  house(
    ['src/kit/**/*.ts'],
    ['**/sim/**', '**/story/**', '**/ui/**', '**/present/**', ...adapters],
    'src/kit is the shared UI kit under src/ui and src/present: it imports only the session, its frame and the stage types.',
  ),
  house(
    ['src/persist/**/*.ts', 'src/lms/**/*.ts', 'src/room/**/*.ts'],
    ['**/game/**', '**/ui/**', '**/present/**', '**/kit/**', '**/main', '**/main.ts', '**/boot/**'],
    'Adapters (src/persist, src/lms, src/room) never import presentation: take what they need from the session, and let main.ts or the screens call them.',
  ),
  house(['src/**/*.ts'], [], '', [
    'src/authoring/**',
    'src/workers/**',
    'src/sim/**',
    'src/story/**',
    'src/session/**',
    'src/game/**',
    'src/ui/**',
    'src/present/**',
    'src/kit/**',
    'src/persist/**',
    'src/lms/**',
    'src/room/**',
  ]),
];

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'dist-cli', 'dist-server', 'coverage', 'test-results'] },
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
  // The house's floors: keep last (see houseConfig above).
  ...houseConfig,
);
