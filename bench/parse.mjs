// CPU time of parseTimeline on bench/data.mjs's synthetic events, for one or more builds
// of the model, taken in turns so that a busy shared machine slows every build alike:
// - warm: repeated calls in this one process (median);
// - cold: the first call in a fresh process, as a page's first render makes it (median).
// Checks that the builds return the same timeline, key order included.
//
//   node --expose-gc bench/parse.mjs [n=100000] [runs=9] module.js [other.js …]
//
// Each module is a compiled parseTimeline.js (or dist/index.js), e.g. built with
//   npx tsc --target ES2022 --module ESNext --moduleResolution Bundler --skipLibCheck \
//     --types node --rootDir src --outDir /tmp/ep/new src/model/parseTimeline.ts
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { syntheticEvents } from './data.mjs';

const cpuMs = (f) => {
  globalThis.gc?.();
  const before = process.cpuUsage();
  const out = f();
  const used = process.cpuUsage(before);
  return { out, ms: (used.user + used.system) / 1000 };
};
const load = async (path) => (await import(pathToFileURL(resolve(path)).href)).parseTimeline;

if (process.env.PARSE_BENCH_COLD) {
  // Child: one first call, nothing else.
  const [n, path] = process.argv.slice(2);
  const parse = await load(path);
  const events = syntheticEvents(Number(n));
  process.stdout.write(String(cpuMs(() => parse(events)).ms));
  process.exit(0);
}

const args = process.argv.slice(2);
const n = /^\d+$/.test(args[0] ?? '') ? Number(args.shift()) : 100_000;
const runs = /^\d+$/.test(args[0] ?? '') ? Number(args.shift()) : 9;
const paths = args.length > 0 ? args : ['dist/index.js'];
const builds = [];
for (const path of paths) builds.push({ path, parse: await load(path), warm: [], cold: [] });

const events = syntheticEvents(n);
const results = builds.map((b) => cpuMs(() => b.parse(events)).out);
for (let i = 1; i < results.length; i++) {
  if (!isDeepStrictEqual(results[0], results[i]) || JSON.stringify(results[0]) !== JSON.stringify(results[i])) {
    throw new Error(`${builds[i].path} returns a different timeline from ${builds[0].path}`);
  }
}
for (let k = 0; k < runs; k++) {
  // Alternate the order so neither build always runs just after the other's garbage.
  const order = k % 2 === 0 ? builds : [...builds].reverse();
  for (const b of order) b.warm.push(cpuMs(() => b.parse(events)).ms);
  for (const b of order) {
    const out = execFileSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), String(n), b.path], {
      env: { ...process.env, PARSE_BENCH_COLD: '1' },
    });
    b.cold.push(Number(out));
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const list = (xs) => xs.map((x) => x.toFixed(0)).join(' ');
for (const b of builds) {
  console.log(
    `${b.path}: ${n} events, ms CPU, median of ${runs}: cold ${median(b.cold).toFixed(0)} (${list(b.cold)}), warm ${median(b.warm).toFixed(0)} (${list(b.warm)})`,
  );
}
