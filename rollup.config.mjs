import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { dts } from 'rollup-plugin-dts';
import { d3ZoomFile, zoomWithoutTransition } from './scripts/zoomWithoutTransition.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const deps = [
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.peerDependencies ?? {}),
  ...Object.keys(pkg.optionalDependencies ?? {}),
];
// d3, jsdom, resvg and their subpaths stay imports in the package builds: the user's bundler dedupes d3,
// and jsdom and resvg are optional peers that only the server loads, on first use.
const external = (id) =>
  builtinModules.includes(id.replace(/^node:/, '')) || id.startsWith('node:') || deps.some((d) => id === d || id.startsWith(`${d}/`));

// The classic scripts bundle d3 themselves: d3-time builds each of its intervals with a
// top-level call that rollup cannot prove pure, so without this every local-time and UTC
// interval stays, where utcTicks needs the UTC ones.
const classicTreeshake = { manualPureFunctions: ['timeInterval'] };

const ts = () => typescript({ tsconfig: './tsconfig.build.json' });

const entries = { index: 'src/index.ts', server: 'src/server/index.ts', import: 'src/import.ts', data: 'src/data/index.ts' };

export default [
  {
    input: entries,
    external,
    plugins: [zoomWithoutTransition({ bundleD3: false }), ts()],
    output: [
      {
        dir: 'dist',
        format: 'es',
        // A module a file: a bundler drops every file a page does not use (the package has no
        // side effects), where in a shared chunk the top-level code of unused modules stays.
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: (chunk) => (chunk.isEntry ? '[name].js' : chunk.facadeModuleId === d3ZoomFile ? 'esm/d3-zoom.js' : 'esm/[name].js'),
      },
      { dir: 'dist', format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs', exports: 'named' },
    ],
  },
  {
    input: 'src/cli/bin.ts',
    external,
    plugins: [zoomWithoutTransition({ bundleD3: false }), ts()],
    // Chunks, not one file: the renderer (d3, jsdom) is a dynamic import that
    // only a render loads, so `eventline --help` starts as fast as Node.
    output: {
      dir: 'dist',
      entryFileNames: 'cli.js',
      chunkFileNames: 'chunks/cli-[name]-[hash].js',
      format: 'es',
      banner: (chunk) => (chunk.isEntry ? '#!/usr/bin/env node' : ''),
    },
  },
  {
    // The classic-script build: one file, d3 inside, for pages without a bundler or opened from file://.
    input: 'src/browser.ts',
    plugins: [zoomWithoutTransition({ bundleD3: true }), nodeResolve({ browser: true }), ts()],
    treeshake: classicTreeshake,
    output: { file: 'dist/eventline.min.js', format: 'iife', name: 'eventline', plugins: [terser({ format: { comments: false } })] },
  },
  {
    // The story pages' classic script: the one above and createStory, under the same global.
    input: 'src/browserStory.ts',
    plugins: [zoomWithoutTransition({ bundleD3: true }), nodeResolve({ browser: true }), ts()],
    treeshake: classicTreeshake,
    output: { file: 'dist/eventline-story.min.js', format: 'iife', name: 'eventline', plugins: [terser({ format: { comments: false } })] },
  },
  {
    // The readers of other tools' files as a classic script of their own (global `eventlineImport`),
    // so that pages which draw eventline data do not download them.
    input: 'src/import.ts',
    plugins: [zoomWithoutTransition({ bundleD3: true }), nodeResolve({ browser: true }), ts()],
    treeshake: classicTreeshake,
    output: {
      file: 'dist/eventline-import.min.js',
      format: 'iife',
      name: 'eventlineImport',
      plugins: [terser({ format: { comments: false } })],
    },
  },
  {
    // Datasets as a classic script too, so examples opened from file:// need no fetch.
    input: 'src/data/index.ts',
    plugins: [ts()],
    output: {
      file: 'dist/eventline-data.min.js',
      format: 'iife',
      name: 'eventlineData',
      plugins: [terser({ format: { comments: false } })],
    },
  },
  ...Object.entries(entries).map(([name, input]) => ({
    input,
    external,
    plugins: [dts({ tsconfig: './tsconfig.build.json' })],
    // The same declarations twice: `.d.cts` lets TypeScript see the CJS build as CJS.
    output: ['d.ts', 'd.cts'].map((ext) => ({ file: `dist/${name}.${ext}`, format: 'es' })),
  })),
];
