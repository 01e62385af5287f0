#!/usr/bin/env node
/**
 * Lists the public exports (of the entries in typedoc.json) that have no TSDoc
 * `@example`, grouped by source file, and exits 1 when there is one. Types count too:
 * a two-line example of a value of the type is often the quickest way to read it.
 *
 * Reads the sources through TypeDoc, so it sees exactly what `npm run docs` documents;
 * it writes nothing.
 *
 * @example
 * // npm run docs:check
 * //   src/layout/types.ts
 * //     interface AxisGeometry
 * //   1 public export has no @example
 */
import { Application, ReflectionKind } from 'typedoc';

const app = await Application.bootstrapWithPlugins({ options: 'typedoc.json', disableSources: false, logLevel: 'Error' });
const project = await app.convert();
if (!project) {
  console.error('check-api-docs: TypeDoc could not read the sources');
  process.exit(2);
}

const KIND = {
  [ReflectionKind.Function]: 'function',
  [ReflectionKind.Variable]: 'const',
  [ReflectionKind.Class]: 'class',
  [ReflectionKind.Interface]: 'interface',
  [ReflectionKind.TypeAlias]: 'type',
  [ReflectionKind.Enum]: 'enum',
  [ReflectionKind.Namespace]: 'namespace',
};

const hasExample = (reflection) =>
  [reflection.comment, ...(reflection.signatures ?? []).map((s) => s.comment)].some((c) => c?.blockTags.some((t) => t.tag === '@example'));

const missing = new Map();
const seen = new Set();
for (const module of project.children ?? []) {
  for (const child of module.children ?? []) {
    // A re-export (eventline/server re-exports eventline) is documented where it is declared.
    if (child.isReference?.() || seen.has(child.id)) continue;
    seen.add(child.id);
    if (hasExample(child)) continue;
    const file = child.sources?.[0]?.fileName ?? '(unknown file)';
    if (!missing.has(file)) missing.set(file, []);
    missing.get(file).push(`${KIND[child.kind] ?? ReflectionKind[child.kind]} ${child.name}`);
  }
}

let count = 0;
for (const [file, names] of [...missing].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(file);
  for (const name of names.sort()) console.log(`  ${name}`);
  count += names.length;
}
console.log(count === 0 ? 'Every public export has an @example.' : `${count} public export${count === 1 ? ' has' : 's have'} no @example`);
process.exitCode = count === 0 ? 0 : 1;
