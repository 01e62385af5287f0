// Lint for the shape of the code, as Plot does: typescript-eslint's recommended rules, and
// one rule that keeps imports going down the layers of STYLE.md:
// util → model → format → layout → render → story → interact | server → cli.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** What each folder of src/ must not import: every layer above it. */
const ABOVE = {
  util: ['model', 'format', 'layout', 'render', 'story', 'interact', 'server', 'cli', 'data'],
  model: ['format', 'layout', 'render', 'story', 'interact', 'server', 'cli', 'data'],
  format: ['layout', 'render', 'story', 'interact', 'server', 'cli', 'data'],
  layout: ['render', 'story', 'interact', 'server', 'cli', 'data'],
  render: ['interact', 'server', 'cli', 'data', 'story'],
  // Story cards: markup shared by the page (interact) and the server, drawn like render.
  story: ['interact', 'server', 'cli', 'data'],
  interact: ['server', 'cli', 'data'],
  server: ['interact', 'cli', 'data'],
  data: ['format', 'layout', 'render', 'story', 'interact', 'server', 'cli'],
};

// The modules at the top of src/: the package entries sit above every layer; renderSvg and
// renderGeometry draw through render, so only the layers above render may use them.
// (options.ts holds types and names that every layer shares.)
const ENTRIES = ['index', 'browser', 'import'];
const RENDER_ENTRIES = ['renderSvg', 'renderGeometry'];
const USE_RENDER_ENTRIES = new Set(['interact', 'server']);

/** @type {import('eslint').Linter.Config[]} */
const layerRules = Object.entries(ABOVE).map(([layer, above]) => ({
  files: [`src/${layer}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: [
              ...above.flatMap((l) => [`../${l}`, `../${l}/*`]),
              ...ENTRIES.map((m) => `../${m}*`),
              ...(USE_RENDER_ENTRIES.has(layer) ? [] : RENDER_ENTRIES.map((m) => `../${m}*`)),
            ],
            message: `src/${layer} sits below that layer: imports go model → format → layout → render → interact/server/cli (STYLE.md).`,
          },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'docs/api/**', 'node_modules/**', 'out/**', '.tmp/**', 'examples/**', 'bench/results*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // src/ runs in browsers and Node; tests, scripts and benchmarks run in Node and drive pages.
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.browser, ...globals.node } },
    rules: {
      // eventline cleans untrusted text by code-point class: control characters, combining
      // marks and emoji modifiers inside character classes are what those classes are for.
      'no-control-regex': 'off',
      'no-misleading-character-class': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  ...layerRules,
  // The server entry re-exports the browser-safe API beside its own, so one import serves Node users.
  { files: ['src/server/index.ts'], rules: { 'no-restricted-imports': 'off' } },
);
