// CPU time of parseTimeline on bench/data.mjs's synthetic events, for one or more builds
// of the model in the same process, taken in turns so that a busy shared machine slows
// every build alike. Checks that the builds return the same timeline.
//
//   node --expose-gc bench/parse.mjs [n=100000] [runs=9] module.js [other.js …]
//
// Each module is a compiled parseTimeline.js (or dist/index.js), e.g. built with
//   npx tsc --target ES2022 --module ESNext --moduleResolution Bundler --skipLibCheck \
//     --rootDir src --outDir /tmp/ep/new src/model/parseTimeline.ts
import { isDeepStrictEqual } from 'node:util';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { syntheticEvents } from './data.mjs';

const args = process.argv.slice(2);
const n = /^\d+$/.test(args[0] ?? '') ? Number(args.shift()) : 100_000;
const runs = /^\d+$/.test(args[0] ?? '') ? Number(args.shift()) : 9;
const paths = args.length > 0 ? args : ['dist/index.js'];
const builds = [];
for (const p of paths) builds.push({ path: p, parse: (await import(pathToFileURL(resolve(p)).href)).parseTimeline, cpu: [], first: 0 });

const events = syntheticEvents(n);
const cpuMs = (f) => {
  globalThis.gc?.();
  const before = process.cpuUsage();
  const out = f();
  const used = process.cpuUsage(before);
  return { out, ms: (used.user + used.system) / 1000 };
};

const results = builds.map((b) => {
  const { out, ms } = cpuMs(() => b.parse(events));
  b.first = ms;
  return out;
});
for (let i = 1; i < results.length; i++) {
  // Key order too: it shows in JSON and in iteration.
  if (!isDeepStrictEqual(results[0], results[i]) || JSON.stringify(results[0]) !== JSON.stringify(results[i])) throw new Error(`${builds[i].path} returns a different timeline from ${builds[0].path}`);
}
for (let k = 0; k < runs; k++) {
  // Alternate the order so neither build always runs just after the other's garbage.
  const order = k % 2 === 0 ? builds : [...builds].reverse();
  for (const b of order) b.cpu.push(cpuMs(() => b.parse(events)).ms);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const b of builds) {
  console.log(`${b.path}: ${n} events, first ${b.first.toFixed(0)} ms, median of ${runs} ${median(b.cpu).toFixed(0)} ms CPU (${b.cpu.map((x) => x.toFixed(0)).join(' ')})`);
}
